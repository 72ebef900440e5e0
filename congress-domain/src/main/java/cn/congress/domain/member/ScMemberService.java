package cn.congress.domain.member;

import cn.congress.domain.shared.DomainException;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The standing committee's composition in the current term. */
@Service
@RequiredArgsConstructor
public class ScMemberService {

    private final ScMemberRepository members;
    private final TermService terms;

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

    @Transactional
    public ScMember add(String name, ScPosition position, Long userAccountId, int sortOrder) {
        Term term = terms.current();
        if (userAccountId != null && members.existsByTermIdAndUserAccountId(term.getId(), userAccountId)) {
            throw new DomainException("该账户已登记为本届常委会组成人员");
        }
        return members.save(new ScMember(term, name, position, userAccountId, sortOrder));
    }
}
