package cn.congress.domain.account;


import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/** Runs a piece of a test as a given account, the way a logged-in request would (principal with roles). */
final class AsUser {

    private AsUser() {
    }

    record Principal(Long getAccountId, String getUsername, Set<Role> getRoles) implements Caller.Principal {
        @Override
        public String getDisplayName() {
            return getUsername;
        }

        @Override
        public Long getOrgUnitId() {
            return null;
        }
    }

    static <T> T call(UserAccount account, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        Set<Role> roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(account.getId(), account.getUsername(), roles),
                null, roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(UserAccount account, Runnable work) {
        call(account, () -> {
            work.run();
            return null;
        });
    }
}
