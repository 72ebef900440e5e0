package cn.congress.deputies.reception;

import cn.congress.deputies.station.StationAccess;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees and handles residents' opinions. Staff see all; a station manager their station's; a deputy those they
 * received; an organ's users only the opinions transferred to their organ, and only to answer them. Anyone else
 * — and any other record — is told the opinion does not exist.
 */
@Component
@RequiredArgsConstructor
public class OpinionAccess {

    private final StationAccess stations;

    /** What the rules look at: the station, the receiving deputy, the organ it was transferred to. */
    record Scope(long stationId, long deputyId, Long transferOrgId) {
    }

    /** The caller's data scope, resolved once per request. */
    public record Who(boolean staff, Long stationId, Long deputyId, Long orgUnitId) {
        public boolean any() {
            return staff || stationId != null || deputyId != null || orgUnitId != null;
        }
    }

    public Who who(Caller caller) {
        caller.require("查看群众意见", Role.STAFF, Role.STATION_MANAGER, Role.DEPUTY, Role.UNIT);
        return new Who(caller.isSystem() || caller.has(Role.STAFF), stations.managedStation(caller), stations.deputyId(caller),
                caller.has(Role.UNIT) ? caller.orgUnitId() : null);
    }

    public void requireRecorder(Caller caller) {
        caller.require("登记群众意见", Role.STAFF, Role.STATION_MANAGER, Role.DEPUTY);
    }

    boolean canSee(Who w, Scope s) {
        return w.staff() || handles(w, s) || w.orgUnitId() != null && w.orgUnitId().equals(s.transferOrgId());
    }

    /** Staff, the station's manager and the receiving deputy handle the opinion and may see the resident in full. */
    boolean handles(Who w, Scope s) {
        return w.staff() || w.stationId() != null && w.stationId() == s.stationId() || w.deputyId() != null && w.deputyId() == s.deputyId();
    }

    void requireVisible(Who w, Scope s, long id) {
        if (!canSee(w, s)) {
            throw new NotFoundException("群众意见", id);
        }
    }

    /** The steps this caller may take now. */
    Set<OpinionStep> steps(Who w, Scope s, OpinionStatus status) {
        Set<OpinionStep> result = EnumSet.noneOf(OpinionStep.class);
        for (OpinionStep step : OpinionStep.values()) {
            if (!step.allowedFrom(status)) {
                continue;
            }
            boolean may = step == OpinionStep.ANSWER
                    ? w.orgUnitId() != null && w.orgUnitId().equals(s.transferOrgId())
                    : handles(w, s);
            if (may) {
                result.add(step);
            }
        }
        return result;
    }

    void requireStep(Who w, Scope s, OpinionStatus status, OpinionStep step, long id) {
        requireVisible(w, s, id);
        if (!steps(w, s, status).contains(step)) {
            if (!step.allowedFrom(status)) {
                throw new cn.congress.domain.shared.TransitionRefused("该意见当前状态下不能进行此操作");
            }
            throw new org.springframework.security.access.AccessDeniedException("无权办理该意见");
        }
    }
}
