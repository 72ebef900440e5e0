package cn.congress.domain.member;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The standing committee's composition in the current term. */
@Service
@RequiredArgsConstructor
public class ScMemberService {

    private final ScMemberRepository members;
    private final UserAccountRepository accounts;
    private final TermService terms;

    /** A member with the username and name of the account they vote from (both null without an account). */
    public record Row(Member member, String username, String accountName) {

        /** Built by the roster query. */
        public Row(ScMember member, String username, String accountName) {
            this(Member.of(member), username, accountName);
        }
    }

    /** A member as the pages show it. */
    public record Member(long id, long version, String name, ScPosition position, Long userAccountId, int sortOrder, boolean active) {

        static Member of(ScMember m) {
            return new Member(m.getId(), m.getVersion(), m.getName(), m.getPosition(), m.getUserAccountId(), m.getSortOrder(),
                    m.isActive());
        }
    }

    /** What staff enter for a member. */
    public record Details(String name, ScPosition position, Long userAccountId, int sortOrder) {
    }

    @Transactional(readOnly = true)
    public List<ScMember> currentMembers() {
        return members.findByTermIdAndActiveTrueOrderBySortOrderAscIdAsc(terms.current().getId());
    }

    @Transactional(readOnly = true)
    public List<ScMember> membersOf(long termId) {
        return members.findByTermIdAndActiveTrueOrderBySortOrderAscIdAsc(termId);
    }

    /** The chair (主任) of the current term, who signs appointment letters. */
    @Transactional(readOnly = true)
    public Optional<ScMember> currentChair() {
        return members.findFirstByTermIdAndPositionAndActiveTrue(terms.current().getId(), ScPosition.CHAIR);
    }

    /** The current term's members, serving and departed, for the staff's members page. */
    @Transactional(readOnly = true)
    public List<Row> roster() {
        requireStaff("查看常委会组成人员名单", Role.STAFF);
        return members.roster(terms.current().getId());
    }

    /** A member of the current term; another term's member answers as not found. */
    @Transactional(readOnly = true)
    public Member view(long id) {
        return Member.of(get(id));
    }

    private ScMember get(long id) {
        requireStaff("查看常委会组成人员", Role.STAFF);
        return members.findById(id).filter(m -> m.getTerm().getId().equals(terms.current().getId()))
                .orElseThrow(() -> new NotFoundException("常委会组成人员", id));
    }

    @Transactional
    public ScMember add(String name, ScPosition position, Long userAccountId, int sortOrder) {
        requireStaff("登记常委会组成人员", Role.STAFF);
        Term term = terms.current();
        check(term, null, name, position, userAccountId);
        return members.save(new ScMember(term, name.trim(), position, userAccountId, sortOrder));
    }

    @Transactional
    public ScMember add(Details d) {
        return add(d.name(), d.position(), d.userAccountId(), d.sortOrder());
    }

    @Transactional
    public void update(long id, long expectedVersion, Details d) {
        requireStaff("修改常委会组成人员", Role.STAFF);
        ScMember m = get(id);
        m.checkVersion(expectedVersion);
        check(m.getTerm(), m, d.name(), d.position(), d.userAccountId());
        m.edit(d.name().trim(), d.position(), d.userAccountId(), d.sortOrder());
    }

    /** 离任: the member no longer takes part in sessions held from now on. */
    @Transactional
    public void deactivate(long id, long expectedVersion) {
        requireStaff("登记组成人员离任", Role.STAFF);
        ScMember m = get(id);
        m.checkVersion(expectedVersion);
        m.leave();
    }

    private static void requireStaff(String what, Role role) {
        MemberAccess.requireStaff(Caller.current(), what);
    }

    /** One account per member of a term, a member account, and one serving chair. */
    private void check(Term term, ScMember self, String name, ScPosition position, Long userAccountId) {
        if (name == null || name.isBlank()) {
            throw new DomainException("请填写姓名");
        }
        if (userAccountId != null) {
            UserAccount account = accounts.findById(userAccountId).orElseThrow(() -> new NotFoundException("账户", userAccountId));
            if (!account.hasRole(Role.MEMBER)) {
                throw new DomainException("账户 " + account.getUsername() + " 没有常委会组成人员角色，不能用于表决");
            }
            boolean taken = self == null ? members.existsByTermIdAndUserAccountId(term.getId(), userAccountId)
                    : members.existsByTermIdAndUserAccountIdAndIdNot(term.getId(), userAccountId, self.getId());
            if (taken) {
                throw new DomainException("该账户已登记为本届常委会组成人员");
            }
        }
        if (position == ScPosition.CHAIR) {
            members.findFirstByTermIdAndPositionAndActiveTrue(term.getId(), ScPosition.CHAIR)
                    .filter(chair -> self == null || !Objects.equals(chair.getId(), self.getId()))
                    .ifPresent(chair -> {
                        throw new DomainException("本届常委会已有主任（" + chair.getName() + "），请先修改其职务或登记离任");
                    });
        }
    }
}
