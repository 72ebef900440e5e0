package cn.congress.deputies.station;

import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

/** Staff keep the registry; staff and each station's manager keep its reception days. */
@Service
@RequiredArgsConstructor
public class StationService {

    private final LiaisonStationRepository stations;
    private final ReceptionDayRepository days;
    private final DeputyRepository deputies;
    private final UserAccountRepository accounts;
    private final StationAccess access;
    private final Clock clock;

    /** What staff type for a station. */
    public record Details(StationKind kind, String name, String district, String subdistrict, String address, String contactName,
                          String contactPhone, String openingHours, boolean active, Collection<Long> deputyIds, String managerUsername) {
    }

    /** A reception day as the station's manager plans it. */
    public record NewDay(LocalDate day, LocalTime startsAt, LocalTime endsAt, String note, Collection<Long> deputyIds) {
    }

    @Transactional
    public long create(Caller caller, Details d) {
        access.requireStaff(caller);
        if (stations.existsByName(d.name().trim())) {
            throw new DomainException("已有同名的联络站“" + d.name().trim() + "”");
        }
        LiaisonStation s = new LiaisonStation(d);
        apply(s, d);
        return stations.save(s).getId();
    }

    @Transactional
    public void update(Caller caller, long id, long version, Details d) {
        access.requireStaff(caller);
        LiaisonStation s = stations.findById(id).orElseThrow(() -> new NotFoundException("联络站", id));
        s.checkVersion(version);
        if (stations.existsByNameAndIdNot(d.name().trim(), id)) {
            throw new DomainException("已有同名的联络站“" + d.name().trim() + "”");
        }
        s.update(d);
        apply(s, d);
    }

    private void apply(LiaisonStation s, Details d) {
        s.attach(deputies.findAllById(d.deputyIds()));
        if (d.managerUsername() == null || d.managerUsername().isBlank()) {
            s.assignManager(null);
            return;
        }
        var account = accounts.findByUsername(d.managerUsername().trim().toLowerCase())
                .orElseThrow(() -> new DomainException("管理员账户“" + d.managerUsername().trim() + "”不存在"));
        if (!account.getRoles().contains(cn.congress.domain.account.Role.STATION_MANAGER)) {
            throw new DomainException("账户“" + account.getUsername() + "”没有联络站管理员角色");
        }
        stations.findByManagerAccountId(account.getId()).filter(other -> !other.getId().equals(s.getId())).ifPresent(other -> {
            throw new DomainException("账户“" + account.getUsername() + "”已是“" + other.getName() + "”的管理员，一个账户只管理一个联络站");
        });
        s.assignManager(account.getId());
    }

    @Transactional
    public long addDay(Caller caller, long stationId, NewDay d) {
        LiaisonStation s = stations.findById(stationId).orElseThrow(() -> new NotFoundException("联络站", stationId));
        access.requireKeeper(caller, stationId);
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw new DomainException("结束时间须晚于开始时间");
        }
        if (d.day().isBefore(LocalDate.now(clock))) {
            throw new DomainException("接待日不能早于今天");
        }
        List<Deputy> onDuty = deputies.findAllById(d.deputyIds());
        if (onDuty.isEmpty()) {
            throw new DomainException("请选择值班代表");
        }
        return days.save(new ReceptionDay(s, d.day(), d.startsAt(), d.endsAt(), d.note(), onDuty)).getId();
    }

    @Transactional
    public void removeDay(Caller caller, long stationId, long dayId) {
        ReceptionDay day = days.findById(dayId).filter(x -> x.getStation().getId() == stationId)
                .orElseThrow(() -> new NotFoundException("接待日", dayId));
        access.requireKeeper(caller, stationId);
        days.delete(day);
    }
}
