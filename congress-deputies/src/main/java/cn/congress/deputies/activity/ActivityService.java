package cn.congress.deputies.activity;

import cn.congress.deputies.station.StationAccess;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;

/** Records activities and the participants' confirmations. */
@Service
@RequiredArgsConstructor
public class ActivityService {

    private final DeputyActivityRepository activities;
    private final ActivityAccess access;
    private final StationAccess stations;
    private final Clock clock;

    public record NewActivity(ActivityKind kind, String title, LocalDate heldOn, BigDecimal hours, String location, Long groupId,
                              Long stationId, Collection<Long> deputyIds) {
    }

    @Transactional
    public long record(Caller caller, NewActivity a) {
        access.requireRecorder(caller, a.groupId());
        if (a.deputyIds() == null || a.deputyIds().isEmpty()) {
            throw new DomainException("请选择参加的代表");
        }
        if (a.kind() == ActivityKind.TRAINING && (a.hours() == null || a.hours().signum() <= 0)) {
            throw new DomainException("培训须填写学时");
        }
        if (a.heldOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new DomainException("活动日期不正确");
        }
        return activities.save(new DeputyActivity(a.kind(), a.title(), a.heldOn(), a.hours(), a.location(), a.groupId(), a.stationId(),
                a.deputyIds())).getId();
    }

    /** The calling deputy confirms they attended. */
    @Transactional
    public void confirm(Caller caller, long id) {
        ActivityAccess.Who w = access.who(caller);
        DeputyActivity a = activities.findById(id).orElseThrow(() -> new NotFoundException("活动", id));
        if (w.deputyId() == null || a.getParticipants().stream().noneMatch(p -> p.getDeputyId() == w.deputyId())) {
            throw new NotFoundException("活动", id);
        }
        if (a.getHeldOn().isAfter(LocalDate.now(clock))) {
            throw new DomainException("活动尚未举行，不能确认出席");
        }
        a.confirm(w.deputyId(), clock.instant());
    }
}
