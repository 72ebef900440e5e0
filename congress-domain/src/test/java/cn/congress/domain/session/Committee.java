package cn.congress.domain.session;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.SystemTask;
import org.springframework.security.core.authority.AuthorityUtils;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.member.ScMember;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.domain.member.ScPosition;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixture (built by each test class from the repositories): a fresh set of members with accounts (each test gets its own people), and logging in as someone. */
public class Committee {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserAccountRepository accounts;
    private final ScMemberRepository members;
    private final TermRepository terms;

    public Committee(UserAccountRepository accounts, ScMemberRepository members, TermRepository terms) {
        this.accounts = accounts;
        this.members = members;
        this.terms = terms;
    }

    record Principal(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId)
            implements Caller.Principal {
    }

    public Term term() {
        return terms.findFirstByCurrentTrue().orElseGet(() -> terms.save(new Term(99, "测试届", LocalDate.of(2022, 1, 1), null, true)));
    }

    /**
     * Retires every active member of the current term and appoints {@code count} new ones with accounts, so that
     * a session created next has exactly these participants.
     */
    public List<UserAccount> freshMembers(int count) {
        Term term = term();
        members.findByTermIdAndActiveTrueOrderBySortOrderAscIdAsc(term.getId()).forEach(m -> {
            m.leave();
            members.save(m);
        });
        List<UserAccount> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserAccount a = account("m", Role.MEMBER);
            members.save(new ScMember(term, a.getDisplayName(), i == 0 ? ScPosition.CHAIR : ScPosition.MEMBER, a.getId(), i));
            result.add(a);
        }
        return result;
    }

    public UserAccount account(String prefix, Role... roles) {
        int n = SEQ.incrementAndGet();
        UserAccount a = new UserAccount(prefix + "-" + n + "-" + System.nanoTime() % 100000, "测试" + prefix + n, "x", null);
        return accounts.save(a);
    }

    /** Acts as the account with the roles, on this thread. */
    public static void as(UserAccount account, Role... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var principal = new Principal(account.getId(), account.getUsername(), account.getDisplayName(), Set.of(roles), null);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, authorities));
    }

    public static void asStaff(UserAccount staff) {
        as(staff, Role.STAFF);
    }

    /**
     * Staff open the vote, each member votes {@code choice.apply(index)} in their own name, staff close it.
     */
    public static VoteConcluded holdVote(VoteService votes, UserAccount staff, long voteId, List<UserAccount> voters,
                                         java.util.function.IntFunction<BallotChoice> choice) {
        asStaff(staff);
        votes.open(voteId);
        for (int i = 0; i < voters.size(); i++) {
            as(voters.get(i), Role.MEMBER);
            votes.cast(voteId, choice.apply(i), java.util.Map.of());
        }
        asStaff(staff);
        return votes.close(voteId);
    }

    /** Acts as the system itself (what a SystemTask does), on this thread. */
    public static void system() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SystemTask.SystemPrincipal.INSTANCE, null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM")));
    }
}
