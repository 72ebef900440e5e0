package cn.congress.web.legislation.consultation;

import cn.congress.legislation.consultation.CommentChannel;
import cn.congress.legislation.consultation.Decision;
import cn.congress.legislation.consultation.IdentityMode;
import cn.congress.legislation.consultation.SourceKind;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The staff forms of consultations and triage, with their Chinese messages. */
final class ConsultationForms {

    private ConsultationForms() {
    }

    record OpenForm(
            @NotNull(message = "请选择文本") Long versionId,
            @NotBlank(message = "请填写标题") @Size(max = 200, message = "标题不能超过200字") String title,
            @NotBlank(message = "请填写起草说明") @Size(max = 20000, message = "起草说明不能超过20000字") String explanation,
            @Size(max = 2000, message = "重点问题不能超过2000字") String keyQuestions,
            @NotEmpty(message = "请至少选择一个渠道") Set<CommentChannel> channels,
            @NotNull(message = "请选择身份方式") IdentityMode identityMode,
            @NotBlank(message = "请说明选择该身份方式的理由") @Size(max = 300, message = "理由不能超过300字") String identityReason,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @NotNull(message = "请填写天数") @Min(value = 1, message = "天数至少为1") @Max(value = 365, message = "天数不能超过365") Integer days) {

        static OpenForm of(Long versionId, String title, int days) {
            return new OpenForm(versionId, title, "", "", EnumSet.of(CommentChannel.WEBSITE, CommentChannel.ACCOUNT, CommentChannel.CONTACT_POINT,
                    CommentChannel.LETTER), IdentityMode.ANONYMOUS_PREMODERATED, "法规草案涉及面广，便于群众匿名表达意见，发布前由工作人员审核", null, days);
        }
    }

    record ExtendForm(@NotNull(message = "请填写新的截止日期") @Future(message = "新的截止日期须在今天之后") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                      @NotBlank(message = "请填写延长理由") @Size(max = 400, message = "理由不能超过400字") String reason) {
    }

    record ReasonForm(@NotBlank(message = "请填写理由") @Size(max = 400, message = "理由不能超过400字") String reason) {
    }

    record FeedbackForm(long version, @NotBlank(message = "反馈内容不能为空") @Size(max = 50000, message = "反馈内容过长") String report) {
    }

    record RecordForm(@Min(value = 1, message = "条文序号有误") Integer articleNo,
                      @NotBlank(message = "请填写意见内容") @Size(max = 2000, message = "意见内容不能超过2000字") String body,
                      @NotNull(message = "请选择渠道") CommentChannel channel, @NotNull(message = "请选择来源") SourceKind sourceKind,
                      @Size(max = 64, message = "提出人不能超过64字") String authorName) {
    }

    record DecideForm(@NotNull(message = "请选择处理结果") Decision decision, @Size(max = 1000, message = "理由不能超过1000字") String reason) {
    }

    record GroupForm(List<Long> ids, Long groupId, @Size(max = 200, message = "分组名称不能超过200字") String title) {

        GroupForm {
            ids = ids == null ? new ArrayList<>() : ids;
        }
    }
}
