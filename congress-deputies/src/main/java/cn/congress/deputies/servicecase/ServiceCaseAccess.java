package cn.congress.deputies.servicecase;

import cn.congress.deputies.station.StationAccess;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/** A deputy sees their own cases, a station manager their station's, staff all; those who see a case also handle it. */
@Component
@RequiredArgsConstructor
class ServiceCaseAccess {

    private final StationAccess stations;

    public record Who(boolean staff, Long stationId, Long deputyId) {
    }

    public Who who(Caller caller) {
        caller.require("查看信访代办和诉前调解案件", Role.STAFF, Role.STATION_MANAGER, Role.DEPUTY);
        return new Who(caller.isSystem() || caller.has(Role.STAFF), stations.managedStation(caller), stations.deputyId(caller));
    }

    boolean canSee(Who w, long stationId, long deputyId) {
        return w.staff() || w.stationId() != null && w.stationId() == stationId || w.deputyId() != null && w.deputyId() == deputyId;
    }

    void requireVisible(Who w, long stationId, long deputyId, long id) {
        if (!canSee(w, stationId, deputyId)) {
            throw new NotFoundException("案件", id);
        }
    }

    Set<CaseStep> steps(Who w, long stationId, long deputyId, ServiceCaseType type, CaseStatus status) {
        Set<CaseStep> result = EnumSet.noneOf(CaseStep.class);
        if (canSee(w, stationId, deputyId)) {
            for (CaseStep s : CaseStep.values()) {
                if (s.allowed(type, status)) {
                    result.add(s);
                }
            }
        }
        return result;
    }
}
