package cn.congress.deputies.livelihood;

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
import cn.congress.domain.session.Attendance;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.Participant;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.shared.Actor;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Test fixture: the city's organisation, staff, fresh deputies (each test its own congress), and a programme taken
 * through collection, screening and deliberation to the vote at a congress session.
 */
class Chain {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final AtomicInteger YEAR = new AtomicInteger(2100);

    final Beans b;
    final OrgUnit city;
    final OrgUnit organ;
    final UserAccount staff;
    List<UserAccount> deputies = List.of();
    long programmeId;
    List<Long> projectIds = List.of();
    Meeting session;

    record Beans(LivelihoodService service, LivelihoodVoting voting, LivelihoodQueries queries, LivelihoodImplementation implementation,
                 LivelihoodEvaluation evaluation, SessionService sessions, UserAccountRepository accounts, OrgUnitRepository orgs,
                 TermRepository terms, DeputyRepository deputyRepo, DelegationRepository delegations, JdbcTemplate jdbc) {
    }

    record Principal(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId)
            implements cn.congress.domain.account.Caller.Principal {
    }

    Chain(Beans b) {
        this.b = b;
        this.city = b.orgs().findByCode("SC").orElseGet(() -> b.orgs().save(new OrgUnit("示例市人民代表大会常务委员会", "市人大常委会", "SC",
                OrgType.STANDING_COMMITTEE, null, 1)));
        this.organ = org("市住建局", OrgType.GOVERNMENT_DEPARTMENT, null);
        this.staff = account("staff", city);
    }

    OrgUnit org(String name, OrgType type, OrgUnit parent) {
        int n = SEQ.incrementAndGet();
        return b.orgs().save(new OrgUnit(name + n, name + n, "T-" + n + "-" + System.nanoTime() % 100000, type, parent, n));
    }

    UserAccount account(String prefix, OrgUnit org) {
        int n = SEQ.incrementAndGet();
        return b.accounts().save(new UserAccount(prefix + "-" + n + "-" + System.nanoTime() % 100000, "测试" + prefix + n, "x", org));
    }

    static void as(UserAccount a, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        var principal = new Principal(a.getId(), a.getUsername(), a.getDisplayName(), set,
                a.getOrgUnit() == null ? null : a.getOrgUnit().getId());
        var authorities = set.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, authorities));
    }

    void asStaff() {
        as(staff, Role.STAFF);
    }

    Term term() {
        return b.terms().findFirstByCurrentTrue().orElseGet(() -> b.terms().save(new Term(99, "测试届", LocalDate.of(2022, 1, 1), null, true)));
    }

    /** Retires every serving deputy and elects {@code n} new ones with accounts: the congress of the next session. */
    Chain deputies(int n) {
        Term term = term();
        b.jdbc().update("update deputy set status = 'TERMINATED' where status = 'SERVING'");
        Delegation d = b.delegations().save(new Delegation(term, "测试代表团" + SEQ.incrementAndGet(), 1));
        List<UserAccount> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UserAccount a = account("dep", null);
            Deputy deputy = new Deputy(term, a.getDisplayName(), Gender.MALE, d, null, null, null, null, null);
            deputy.linkAccount(a.getId());
            b.deputyRepo().save(deputy);
            list.add(a);
        }
        deputies = list;
        return this;
    }

    /** A programme with {@code quota} places and candidates titled {@code titles}, deliberated and sent to the deputies. */
    Chain deliberated(int quota, String... titles) {
        asStaff();
        int year = YEAR.incrementAndGet();
        programmeId = b.service().createProgramme(year, year + "年民生实事项目", quota);
        List<Long> ids = new ArrayList<>();
        for (String t : titles) {
            long id = b.service().propose(programmeId, proposal(t), ProposalSource.GOVERNMENT, null);
            ids.add(id);
        }
        b.service().startScreening(programmeId);
        for (Long id : ids) {
            b.service().shortlist(id, "可行，资金已列入年度预算", organ.getId());
        }
        b.service().recordDeliberation(programmeId, "第十七届人大常委会第四十次主任会议", LocalDate.of(year, 1, 5));
        b.service().sendToDeputies(programmeId);
        projectIds = ids;
        return this;
    }

    static cn.congress.deputies.livelihood.LivelihoodProject.Proposal proposal(String title) {
        return new LivelihoodProject.Proposal(title, title + "：项目内容说明", "全市", new BigDecimal("5000000"), "市住建局", null,
                LocalDate.of(2100, 12, 31));
    }

    /** A congress session in progress with the current deputies, {@code onLeave} of them (the last ones) on leave. */
    Chain session(int onLeave) {
        asStaff();
        session = b.sessions().create(new SessionService.Details(SessionKind.CONGRESS, LocalDate.now(), null, "人民大会堂", false));
        b.sessions().start(session.getId());
        List<Participant> ps = b.sessions().participants(session.getId());
        for (int i = 0; i < onLeave; i++) {
            b.sessions().recordAttendance(session.getId(), ps.get(ps.size() - 1 - i).getId(), Attendance.LEAVE, "因公请假");
        }
        return this;
    }

    /** Sets a rule's value from today (tests choose the tie and shortfall rules before the vote). */
    void rule(String key, String value) {
        b.jdbc().update("""
                insert into rule_value (rule_key, effective_from, rule_value, remark, created_at, created_by)
                values (?, current_date, ?, '测试', now(), 'test')
                on conflict (rule_key, effective_from) do update set rule_value = excluded.rule_value
                """, key, value);
    }

    long putToVote() {
        asStaff();
        long voteId = b.voting().putToVote(programmeId, session.getId());
        return voteId;
    }

    /**
     * Opens the round, lets the first {@code voters} deputies vote with {@code choice(deputyIndex, projectId)}, closes it.
     */
    void hold(long voteId, int voters, BiFunction<Integer, Long, BallotChoice> choice) {
        asStaff();
        b.voting().open(voteId);
        List<Long> candidates = b.queries().ballot(voteId).candidates().stream().map(BallotPage.Item::projectId).toList();
        for (int i = 0; i < voters; i++) {
            as(deputies.get(i), Role.DEPUTY);
            Map<Long, BallotChoice> choices = new HashMap<>();
            for (Long p : candidates) {
                choices.put(p, choice.apply(i, p));
            }
            b.voting().cast(voteId, choices);
        }
        asStaff();
        b.voting().close(voteId);
    }

    /** Yes from the first {@code yes} voters for the project, no from the others. */
    static BallotChoice yesFromFirst(int index, int yes) {
        return index < yes ? BallotChoice.YES : BallotChoice.NO;
    }

    ProjectStatus status(long projectId) {
        asStaff();
        return b.queries().project(projectId).row().status();
    }

    ProgrammeView programme() {
        asStaff();
        return b.queries().programme(programmeId);
    }

    static void clear() {
        SecurityContextHolder.clearContext();
    }
}
