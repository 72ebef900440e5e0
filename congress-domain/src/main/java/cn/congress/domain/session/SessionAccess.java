package cn.congress.domain.session;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with sessions and votes (the one place of these rules): staff run sessions and votes; the
 * appointment office also arranges agenda items, votes and documents of its own motions; staff and the appointment
 * office see every session, everyone else only the sessions they take part in. Fails closed: a caller without a
 * role is refused, only the system (inside a {@code SystemTask}) passes without one.
 */
public final class SessionAccess {

    static final Role[] READERS = {Role.STAFF, Role.APPOINTMENT_ADMIN, Role.MEMBER, Role.DEPUTY, Role.UNIT};

    private SessionAccess() {
    }

    /** Schedules, opens and closes sessions, records attendance, opens and closes votes. */
    public static boolean isRunner(Caller caller) {
        return caller.isSystem() || caller.has(Role.STAFF);
    }

    /** Arranges agenda items, votes and documents. */
    public static boolean isOrganiser(Caller caller) {
        return caller.isSystem() || caller.hasAny(Role.STAFF, Role.APPOINTMENT_ADMIN);
    }

    static void requireRunner(Caller caller, String what) {
        if (!isRunner(caller)) {
            throw new AccessDeniedException("无权" + what);
        }
    }

    static void requireOrganiser(Caller caller, String what) {
        if (!isOrganiser(caller)) {
            throw new AccessDeniedException("无权" + what);
        }
    }

    static void requireReader(Caller caller) {
        caller.require("查看会议", READERS);
    }

    /** Sees every session, not only those the caller takes part in. */
    static boolean seesAll(Caller caller) {
        return isOrganiser(caller);
    }

    /** A session the caller neither organises nor takes part in does not exist for them. */
    static void requireVisible(Caller caller, long meetingId, boolean participant) {
        requireReader(caller);
        if (!seesAll(caller) && !participant) {
            throw new NotFoundException("会议", meetingId);
        }
    }

    /** Casts a ballot: a deputy only in a congress session, unless also a member. */
    static void requireVoter(Caller caller, SessionKind kind) {
        if (kind != SessionKind.CONGRESS && caller.has(Role.DEPUTY) && !caller.has(Role.MEMBER)) {
            throw new cn.congress.domain.shared.DomainException("人大代表只能在人民代表大会会议上表决");
        }
    }
}
