package cn.congress.deputies.activity;

import cn.congress.deputies.station.StationAccess;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Staff record any activity; a deputy records an activity of a group they belong to (the group's convenor does
 * this in practice). Staff and members read all activities; a deputy reads those they took part in or recorded.
 */
@Component
@RequiredArgsConstructor
class ActivityAccess {

    private final StationAccess stations;
    private final JdbcTemplate jdbc;

    public record Who(boolean staff, Long deputyId) {
    }

    public Who who(Caller caller) {
        caller.require("查看代表履职活动", Role.STAFF, Role.MEMBER, Role.DEPUTY);
        return new Who(caller.isSystem() || caller.hasAny(Role.STAFF, Role.MEMBER), stations.deputyId(caller));
    }

    void requireRecorder(Caller caller, Long groupId) {
        caller.require("登记代表履职活动", Role.STAFF, Role.DEPUTY);
        if (caller.isSystem() || caller.has(Role.STAFF)) {
            return;
        }
        Long deputyId = stations.deputyId(caller);
        boolean member = groupId != null && deputyId != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from deputy_group_member where group_id = ? and deputy_id = ?)", Boolean.class, groupId, deputyId));
        if (!member) {
            throw new AccessDeniedException("代表只能登记本人所在代表小组的活动");
        }
    }

    boolean canRecord(Caller caller) {
        return caller.isSystem() || caller.hasAny(Role.STAFF, Role.DEPUTY);
    }
}
