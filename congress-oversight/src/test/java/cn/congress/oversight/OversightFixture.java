package cn.congress.oversight;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.account.Caller;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixture: organisation units, accounts, and acting as someone with roles and an organisation unit. */
public class OversightFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final OrgUnitRepository orgs;
    private final UserAccountRepository accounts;

    public OversightFixture(OrgUnitRepository orgs, UserAccountRepository accounts) {
        this.orgs = orgs;
        this.accounts = accounts;
    }

    record Principal(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId)
            implements Caller.Principal {
    }

    public OrgUnit org(String name, OrgType type) {
        int n = SEQ.incrementAndGet();
        return orgs.save(new OrgUnit(name + n, null, "T" + n + "-" + System.nanoTime() % 100000, type, null, n));
    }

    public UserAccount account(String prefix, OrgUnit org) {
        int n = SEQ.incrementAndGet();
        return accounts.save(new UserAccount(prefix + "-" + n + "-" + System.nanoTime() % 100000, "测试" + prefix + n, "x", org));
    }

    /** Acts as the account with these roles (and its organisation unit) on this thread. */
    public static void as(UserAccount a, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        var principal = new Principal(a.getId(), a.getUsername(), a.getDisplayName(), set,
                a.getOrgUnit() == null ? null : a.getOrgUnit().getId());
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                set.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
