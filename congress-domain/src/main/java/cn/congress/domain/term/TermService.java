package cn.congress.domain.term;

import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.ReferenceData;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
@RequiredArgsConstructor
public class TermService {

    private final TermRepository terms;
    private final ReferenceData referenceData;

    /** The current term's id, kept in memory until the term table changes (most pages filter by it). */
    public long currentId() {
        return referenceData.get("term", "current-id", () -> current().getId());
    }

    @Transactional(readOnly = true)
    public Term current() {
        return terms.findFirstByCurrentTrue().orElseThrow(() -> new NotFoundException("尚未设置当前届次"));
    }

    @Transactional(readOnly = true)
    public List<Term> all() {
        return terms.findAllByOrderByNumberDesc();
    }
}
