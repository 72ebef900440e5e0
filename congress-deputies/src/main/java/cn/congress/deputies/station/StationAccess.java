package cn.congress.deputies.station;

import cn.congress.deputies.roster.DeputyAccounts;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may do what with stations, and the two facts the other station features (receptions, service cases) decide
 * from: which station a manager keeps and which deputy an account is. Staff keep every station; a station manager
 * keeps only the station whose manager account they are.
 */
@Component
@RequiredArgsConstructor
public class StationAccess {

    private final JdbcTemplate jdbc;
    private final DeputyAccounts deputyAccounts;

    /** The registry is no secret: every business role may read it. */
    public void requireReader(Caller caller) {
        caller.require("查看代表联络站", Role.STAFF, Role.MEMBER, Role.DEPUTY, Role.UNIT, Role.STATION_MANAGER);
    }

    /** Staff keep the registry: register stations and edit their details. */
    public boolean keepsRegistry(Caller caller) {
        return caller.isSystem() || caller.has(Role.STAFF);
    }

    public void requireStaff(Caller caller) {
        if (!keepsRegistry(caller)) {
            throw new AccessDeniedException("无权维护代表联络站名录");
        }
    }

    /** The station this caller manages, or null (not a manager, or no station assigned yet). */
    public Long managedStation(Caller caller) {
        if (!caller.has(Role.STATION_MANAGER) || caller.accountId() == null) {
            return null;
        }
        List<Long> ids = jdbc.queryForList("select id from liaison_station where manager_account_id = ?", Long.class, caller.accountId());
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The roster entry of a deputy caller, or null. */
    public Long deputyId(Caller caller) {
        return deputyAccounts.deputyId(caller);
    }

    /** Staff or the station's own manager keep its schedule and records. */
    public boolean keeps(Caller caller, long stationId) {
        if (caller.isSystem() || caller.has(Role.STAFF)) {
            return true;
        }
        Long managed = managedStation(caller);
        return managed != null && managed == stationId;
    }

    public void requireKeeper(Caller caller, long stationId) {
        requireReader(caller);
        if (!keeps(caller, stationId)) {
            throw new AccessDeniedException("只能维护本联络站的接待安排");
        }
    }

    /** A station manager without a station has nothing to keep: their pages answer 404 rather than showing others'. */
    public long requireManagedStation(Caller caller) {
        Long id = managedStation(caller);
        if (id == null) {
            throw new NotFoundException("您的账户尚未关联代表联络站");
        }
        return id;
    }
}
