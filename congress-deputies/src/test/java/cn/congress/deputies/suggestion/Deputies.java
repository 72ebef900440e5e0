package cn.congress.deputies.suggestion;

import cn.congress.deputies.roster.Delegation;
import cn.congress.deputies.roster.DelegationRepository;
import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.deputies.roster.Gender;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.account.Caller;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Test fixture: fresh people for each test (deputies with accounts, staff, handling units with their users) in the
 * current term, and running code as one of them, the way a logged-in request reaches the services.
 */
@Component
class Deputies {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final TermRepository terms;
    private final DelegationRepository delegations;
    private final DeputyRepository deputies;
    private final OrgUnitRepository orgUnits;
    private final UserAccountRepository accounts;
    private final JdbcTemplate jdbc;

    Deputies(TermRepository terms, DelegationRepository delegations, DeputyRepository deputies, OrgUnitRepository orgUnits,
             UserAccountRepository accounts, JdbcTemplate jdbc) {
        this.terms = terms;
        this.delegations = delegations;
        this.deputies = deputies;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** Someone who acts: the principal the security context holds during a request. */
    record Person(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId, Long deputyId)
            implements Caller.Principal {
    }

    synchronized Term term() {
        return terms.findFirstByCurrentTrue().orElseGet(() -> terms.save(new Term(17, "第十七届", LocalDate.of(2023, 1, 1), null, true)));
    }

    Person deputy() {
        Term term = term();
        int n = SEQ.incrementAndGet();
        Delegation delegation = delegations.findByTermIdOrderBySortOrder(term.getId()).stream().findFirst()
                .orElseGet(() -> delegations.save(new Delegation(term, "东城区代表团", 1)));
        UserAccount account = account("dep", null, Role.DEPUTY);
        Deputy d = new Deputy(term, "代表" + n, Gender.FEMALE, delegation, null, null, null, null, "T-" + n + "-" + System.nanoTime() % 100000);
        d.linkAccount(account.getId());
        d = deputies.save(d);
        return new Person(account.getId(), account.getUsername(), d.getName(), EnumSet.of(Role.DEPUTY), null, d.getId());
    }

    Person staff() {
        UserAccount account = account("staff", null, Role.STAFF);
        return new Person(account.getId(), account.getUsername(), account.getDisplayName(), EnumSet.of(Role.STAFF), null, null);
    }

    /** A new handling unit with one user holding the UNIT role. */
    Person unit() {
        int n = SEQ.incrementAndGet();
        OrgUnit org = orgUnits.save(new OrgUnit("测试承办单位" + n, "承办" + n, "T-UNIT-" + n + "-" + System.nanoTime() % 100000,
                OrgType.GOVERNMENT_DEPARTMENT, null, n));
        UserAccount account = account("unit", org, Role.UNIT);
        return new Person(account.getId(), account.getUsername(), account.getDisplayName(), EnumSet.of(Role.UNIT), org.getId(), null);
    }

    /** Another user of the same unit. */
    Person colleague(Person unitUser) {
        OrgUnit org = orgUnits.findById(unitUser.getOrgUnitId()).orElseThrow();
        UserAccount account = account("unit", org, Role.UNIT);
        return new Person(account.getId(), account.getUsername(), account.getDisplayName(), EnumSet.of(Role.UNIT), org.getId(), null);
    }

    private UserAccount account(String prefix, OrgUnit org, Role role) {
        int n = SEQ.incrementAndGet();
        UserAccount a = accounts.save(new UserAccount(prefix + "-" + n + "-" + System.nanoTime() % 100000, "测试" + prefix + n, "x", org));
        jdbc.update("insert into user_role (user_id, role) values (?, ?)", a.getId(), role.name());
        return a;
    }

    static <T> T as(Person p, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null,
                p.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void as(Person p, Runnable work) {
        as(p, () -> {
            work.run();
            return null;
        });
    }
}
