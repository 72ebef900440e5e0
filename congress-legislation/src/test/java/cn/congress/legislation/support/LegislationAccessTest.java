package cn.congress.legislation.support;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.legislation.bill.BillKind;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.filing.FilingService;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The legislation services fail closed: no role, no access; members read; only staff change anything. */
@CongressTest
class LegislationAccessTest {

    record Principal(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId)
            implements Caller.Principal {
    }

    @Autowired
    BillService bills;
    @Autowired
    FilingService filings;

    static void as(Role role) {
        var principal = new Principal(9_999L, "t-" + role, "测试" + role, Set.of(role), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                java.util.List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutAuthenticationNothingIsAllowed() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> bills.page(null, null, null, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bills.create(details())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> filings.rows(null, null, null, null, null, java.time.LocalDate.of(2026, 1, 1), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void membersReadButDoNotChange() {
        as(Role.MEMBER);
        assertThat(bills.page(null, null, null, PageRequest.of(0, 5))).isNotNull();
        assertThatThrownBy(() -> bills.create(details())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(bills::requireEditor).isInstanceOf(AccessDeniedException.class);
        as(Role.DEPUTY);
        assertThatThrownBy(() -> bills.page(null, null, null, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffChange() {
        as(Role.STAFF);
        long id = bills.create(details()).getId();
        assertThat(bills.view(id, java.time.LocalDate.of(2026, 3, 1)).can("SUBMIT")).isTrue();
        as(Role.MEMBER);
        assertThat(bills.view(id, java.time.LocalDate.of(2026, 3, 1)).actions()).isEmpty();
    }

    private static BillService.BillDetails details() {
        return new BillService.BillDetails("示例市访问控制条例（草案）", BillKind.NEW, null, null, "市人民政府", "市司法局", null, null);
    }
}
