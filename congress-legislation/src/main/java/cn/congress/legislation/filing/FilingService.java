package cn.congress.legislation.filing;

import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.legislation.support.LegislationAccess;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** 规范性文件备案审查: receipt, review, correction, closure, and the yearly figures. */
@Service
@RequiredArgsConstructor
@Transactional
public class FilingService {

    private final FilingReviewRepository filings;
    private final FilingEventRepository events;
    private final Rules rules;

    public record FilingDetails(String documentTitle, String documentNo, String filingOrgan, LocalDate publishedOn, LocalDate receivedOn) {
    }

    /** Counts per year (with problems found) and per filing organ. */
    public record Statistics(Map<Integer, long[]> byYear, Map<String, Long> byOrgan) {
    }

    @Transactional(readOnly = true)
    public Page<FilingReview> page(FilingStatus status, String organ, Integer year, String q, Pageable pageable) {
        LegislationAccess.requireReader();
        return filings.page(status, blankToNull(organ), year, blankToNull(q), pageable);
    }

    @Transactional(readOnly = true)
    public List<String> organs() {
        return filings.organs();
    }

    @Transactional(readOnly = true)
    public FilingReview get(long id) {
        LegislationAccess.requireReader();
        return filings.findById(id).orElseThrow(() -> new NotFoundException("备案文件", id));
    }

    @Transactional(readOnly = true)
    public List<FilingEvent> history(long id) {
        get(id);
        return events.findByFilingIdOrderById(id);
    }

    /** Filings not yet closed. */
    @Transactional(readOnly = true)
    public long openCount() {
        return filings.countByStatusNot(FilingStatus.CLOSED);
    }

    /** The rule's number of days for filing after publication; later receipt is flagged 迟报. */
    public int submitDays() {
        return rules.integer("filing.submit-days");
    }

    @Transactional(readOnly = true)
    public Statistics statistics(Integer year) {
        LegislationAccess.requireReader();
        Map<Integer, long[]> byYear = new LinkedHashMap<>();
        for (Object[] r : filings.countByYear()) {
            byYear.put(((Number) r[0]).intValue(), new long[]{((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()});
        }
        Map<String, Long> byOrgan = new LinkedHashMap<>();
        for (Object[] r : filings.countByOrgan(year)) {
            byOrgan.put((String) r[0], ((Number) r[1]).longValue());
        }
        return new Statistics(byYear, byOrgan);
    }

    public FilingReview receive(FilingDetails d) {
        LegislationAccess.requireStaff();
        FilingReview f = filings.save(new FilingReview(d.documentTitle(), d.documentNo(), d.filingOrgan(), d.publishedOn(), d.receivedOn()));
        events.save(f.received(LegislationAccess.actorName()));
        return f;
    }

    public FilingReview assignReviewer(long id, String reviewer) {
        return step(id, f -> f.assignReviewer(reviewer, actor()));
    }

    public FilingReview findLawful(long id, LocalDate on, String remark) {
        return step(id, f -> f.findLawful(on, remark, actor()));
    }

    public FilingReview findProblem(long id, String issue) {
        return step(id, f -> f.findProblem(issue, actor()));
    }

    /** Correction request; without a deadline, the maker's reply period from the rule {@code filing.reply-days}. */
    public FilingReview requestCorrection(long id, LocalDate deadline, String remark, LocalDate today) {
        LocalDate due = deadline != null ? deadline : today.plusDays(rules.integer("filing.reply-days"));
        return step(id, f -> f.requestCorrection(due, remark, actor()));
    }

    public FilingReview recordAnswer(long id, String answer, LocalDate on) {
        return step(id, f -> f.recordAnswer(answer, on, actor()));
    }

    public FilingReview close(long id, LocalDate on, String remark) {
        return step(id, f -> f.close(on, remark, actor()));
    }

    private FilingReview step(long id, Function<FilingReview, FilingEvent> action) {
        LegislationAccess.requireStaff();
        FilingReview f = filings.findById(id).orElseThrow(() -> new NotFoundException("备案文件", id));
        events.save(action.apply(f));
        return f;
    }

    private static String actor() {
        return LegislationAccess.actorName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
