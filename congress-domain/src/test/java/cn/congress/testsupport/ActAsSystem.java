package cn.congress.testsupport;

import cn.congress.domain.shared.SystemTask;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs each test as the system itself (what {@link SystemTask} does for jobs and demo data), for module tests of
 * workflows whose role checks are tested separately: services refuse a caller without a role.
 */
public class ActAsSystem implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SystemTask.SystemPrincipal.INSTANCE, null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM")));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
