package cn.congress.web.station;

import cn.congress.deputies.reception.OpinionService;
import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.deputies.station.StationKind;
import cn.congress.deputies.station.StationRows.StationView;
import cn.congress.deputies.station.StationService;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The forms of the station pages, each with its Chinese validation messages. */
final class StationForms {

    private StationForms() {
    }

    record StationForm(Long version, @NotNull(message = "请选择类型") StationKind kind,
                       @NotBlank(message = "请填写名称") @Size(max = 100, message = "名称最多100字") String name,
                       @NotBlank(message = "请填写所在区县") @Size(max = 50, message = "最多50字") String district,
                       @Size(max = 50, message = "最多50字") String subdistrict,
                       @NotBlank(message = "请填写地址") @Size(max = 200, message = "地址最多200字") String address,
                       @Size(max = 32, message = "最多32字") String contactName,
                       @Size(max = 32, message = "最多32字") String contactPhone,
                       @Size(max = 100, message = "最多100字") String openingHours,
                       boolean active, List<Long> deputyIds, @Size(max = 64, message = "最多64字") String managerUsername) {

        static StationForm empty() {
            return new StationForm(null, StationKind.STATION, null, null, null, null, null, null, null, true, new ArrayList<>(), null);
        }

        static StationForm of(StationView v) {
            return new StationForm(v.version(), v.kind(), v.name(), v.district(), v.subdistrict(), v.address(), v.contactName(),
                    v.contactPhone(), v.openingHours(), v.active(), new ArrayList<>(v.deputyIds()), v.managerUsername());
        }

        StationService.Details details() {
            return new StationService.Details(kind, name, district, subdistrict, address, contactName, contactPhone, openingHours, active,
                    deputyIds == null ? List.of() : deputyIds, managerUsername);
        }
    }

    record DayForm(@NotNull(message = "请选择日期") @FutureOrPresent(message = "接待日不能早于今天") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                   @NotNull(message = "请填写开始时间") @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
                   @NotNull(message = "请填写结束时间") @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt,
                   @Size(max = 200, message = "备注最多200字") String note,
                   @NotEmpty(message = "请选择值班代表") List<Long> deputyIds) {

        static DayForm empty() {
            return new DayForm(null, LocalTime.of(9, 0), LocalTime.of(11, 30), null, new ArrayList<>());
        }

        StationService.NewDay newDay() {
            return new StationService.NewDay(day, startsAt, endsAt, note, deputyIds);
        }
    }

    record OpinionForm(@NotNull(message = "请选择联络站") Long stationId, Long deputyId,
                       @NotNull(message = "请填写接待日期") @PastOrPresent(message = "接待日期不能晚于今天") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                       @Size(max = 32, message = "姓名最多32字") String residentName,
                       @Size(max = 32, message = "联系方式最多32字") @Pattern(regexp = "^$|^[0-9+\\- ]{5,32}$", message = "联系方式只能填写电话号码") String residentContact,
                       @NotBlank(message = "请填写群众反映的意见") @Size(max = 5000, message = "意见最多5000字") String content,
                       @NotBlank(message = "请选择意见分类") @Size(max = 32, message = "意见分类不能超过32字") String category) {

        static OpinionForm empty(Long stationId, LocalDate today) {
            return new OpinionForm(stationId, null, today, null, null, null, null);
        }

        OpinionService.NewOpinion newOpinion() {
            return new OpinionService.NewOpinion(stationId, deputyId, receivedOn, residentName, residentContact, content, category);
        }
    }

    record SettleForm(long version, @NotBlank(message = "请填写解决情况") @Size(max = 2000, message = "最多2000字") String settlement) {
    }

    record TransferForm(long version, @NotNull(message = "请选择承办机关") Long orgId,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due) {
    }

    record AnswerForm(long version, @NotBlank(message = "请填写答复内容") @Size(max = 5000, message = "最多5000字") String answer) {
    }

    record SuggestForm(long version, @NotBlank(message = "请填写建议标题") @Size(max = 200, message = "标题最多200字") String title) {
    }

    record FeedbackForm(long version, @NotNull(message = "请选择群众评价") ResidentSatisfaction satisfaction,
                        @Size(max = 500, message = "最多500字") String note) {
    }
}
