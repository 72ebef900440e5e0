package cn.congress.domain.shared;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.Serial;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Runs work of the system itself (scheduled jobs, demo data, consequences of an event that the system carries out)
 * under an explicit system principal, so that authorisation never has to guess from a missing authentication.
 * The previous security context is restored afterwards.
 */
public final class SystemTask {

    /** The principal of work done by the system; audit entries name it {@code system}. */
    public enum SystemPrincipal implements Serializable {
        INSTANCE;

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            return Actor.SYSTEM;
        }
    }

    private SystemTask() {
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SystemPrincipal.INSTANCE, null,
                AuthorityUtils.createAuthorityList("ROLE_SYSTEM")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
