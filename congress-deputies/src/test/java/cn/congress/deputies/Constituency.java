package cn.congress.deputies;

import cn.congress.deputies.roster.Delegation;
import cn.congress.deputies.roster.DelegationRepository;
import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.deputies.roster.Gender;
import cn.congress.deputies.station.StationKind;
import cn.congress.deputies.station.StationService;
import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.account.Caller;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermRepository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: fresh people and places for each test (deputies with accounts, organs with a unit user, stations with
 * their manager), and the callers that act for them.
 */
@Component
public class Constituency {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final TermRepository terms;
    private final DelegationRepository delegations;
    private final DeputyRepository deputies;
    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final OrgUnitRepository orgUnits;
    private final StationService stations;

    public Constituency(TermRepository terms, DelegationRepository delegations, DeputyRepository deputies, UserAccountRepository accounts,
                        AccountService accountService, OrgUnitRepository orgUnits, StationService stations) {
        this.terms = terms;
        this.delegations = delegations;
        this.deputies = deputies;
        this.accounts = accounts;
        this.accountService = accountService;
        this.orgUnits = orgUnits;
        this.stations = stations;
    }

    public static final Caller STAFF = Caller.of(-1L, "staff-test", null, Role.STAFF);

    public Term term() {
        return terms.findFirstByCurrentTrue().orElseGet(() -> terms.save(new Term(99, "测试届", LocalDate.of(2022, 1, 1), null, true)));
    }

    public UserAccount account(String prefix, OrgUnit org, Role role) {
        int n = SEQ.incrementAndGet();
        UserAccount a = accounts.save(new UserAccount(prefix + "-" + n + "-" + System.nanoTime() % 100000, "测试" + prefix + n, "x", org));
        cn.congress.domain.shared.SystemTask.run(() -> accountService.grant(a.getId(), role));
        return a;
    }

    /** A deputy with a login; the caller acting as them. */
    public record Person(Deputy deputy, Caller caller) {
        public long id() {
            return deputy.getId();
        }
    }

    public Person deputy() {
        Term term = term();
        int n = SEQ.incrementAndGet();
        Delegation delegation = delegations.findByTermIdOrderBySortOrder(term.getId()).stream().findFirst()
                .orElseGet(() -> delegations.save(new Delegation(term, "测试代表团", 1)));
        UserAccount a = account("dep", null, Role.DEPUTY);
        Deputy d = new Deputy(term, "代表" + n, Gender.FEMALE, delegation, null, null, null, null, "T-" + n + "-" + System.nanoTime() % 100000);
        d.linkAccount(a.getId());
        d = deputies.save(d);
        return new Person(d, Caller.of(a.getId(), a.getUsername(), null, Role.DEPUTY));
    }

    /** An organ that answers transfers, and a caller of its unit user. */
    public record Organ(OrgUnit unit, Caller caller) {
        public long id() {
            return unit.getId();
        }
    }

    public Organ organ() {
        int n = SEQ.incrementAndGet();
        OrgUnit unit = orgUnits.save(new OrgUnit("测试局" + n, null, "T" + n + "-" + System.nanoTime() % 100000, OrgType.GOVERNMENT_DEPARTMENT, null, n));
        UserAccount a = account("unit", unit, Role.UNIT);
        return new Organ(unit, Caller.of(a.getId(), a.getUsername(), unit.getId(), Role.UNIT));
    }

    /** A station in a district with these deputies attached, managed by a fresh manager account. */
    public record Place(long id, String district, Caller manager) {
    }

    public Place station(String district, Person... attached) {
        int n = SEQ.incrementAndGet();
        UserAccount m = account("station", null, Role.STATION_MANAGER);
        long id = stations.create(STAFF, new StationService.Details(StationKind.STATION, "测试联络站" + n + "-" + System.nanoTime() % 100000,
                district, "测试街道", "测试路" + n + "号", "联系人", "0571-1234567", "工作日 9:00-17:00", true,
                List.of(attached).stream().map(Person::id).toList(), m.getUsername()));
        return new Place(id, district, Caller.of(m.getId(), m.getUsername(), null, Role.STATION_MANAGER));
    }
}
