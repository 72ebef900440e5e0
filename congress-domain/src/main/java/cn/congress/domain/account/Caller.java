package cn.congress.domain.account;

import cn.congress.domain.shared.Actor;
import cn.congress.domain.shared.SystemTask;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who asks a service for something, as authorisation needs it: the roles, the account and the organisation unit
 * (a unit's or a station's data scope). The one way of authorisation (docs/architecture.md): each feature's
 * {@code *Access} class decides from a {@code Caller} and the record; a caller without authentication has no
 * role and is refused (fail closed); work done by the system runs inside {@link SystemTask}, whose caller is
 * {@link #systemCaller()} and is the only one let through without a role.
 */
public record Caller(Long accountId, String username, String displayName, Set<Role> roles, Long orgUnitId, boolean isSystem) {

    /** The logged-in principal as the web layer keeps it: an {@link Actor.Principal} that also knows roles and unit. */
    public interface Principal extends Actor.Principal {
        Set<Role> getRoles();

        /** The organisation unit of the account (a unit's or station's data scope), or null. */
        Long getOrgUnitId();
    }

    private static final Caller ANONYMOUS = new Caller(null, "anonymous", "匿名访客", EnumSet.noneOf(Role.class), null, false);
    private static final Caller SYSTEM = new Caller(null, Actor.SYSTEM, "系统", EnumSet.noneOf(Role.class), null, true);

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The caller of the current thread: the logged-in account, the system inside a {@link SystemTask}, else anonymous. */
    public static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return ANONYMOUS;
        }
        if (auth.getPrincipal() instanceof SystemTask.SystemPrincipal) {
            return SYSTEM;
        }
        if (auth.getPrincipal() instanceof Principal p) {
            return new Caller(p.getAccountId(), p.getUsername(), p.getDisplayName(), p.getRoles(), p.getOrgUnitId(), false);
        }
        return ANONYMOUS;
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public static Caller systemCaller() {
        return SYSTEM;
    }

    /** A caller built by hand, for tests and for code that acts for a known account. */
    public static Caller of(Long accountId, String username, Long orgUnitId, Role... roles) {
        return new Caller(accountId, username, username, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)),
                orgUnitId, false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAnonymous() {
        return !isSystem && accountId == null && roles.isEmpty();
    }

    /** Refuses unless the caller is the system or holds one of the roles. */
    public void require(String what, Role... any) {
        if (!isSystem && !hasAny(any)) {
            throw new AccessDeniedException("无权" + what);
        }
    }

    /** The name recorded in history rows. */
    public String name() {
        return displayName == null ? username : displayName;
    }
}
