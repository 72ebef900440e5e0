package cn.congress.legislation.filing;

import cn.congress.domain.account.Caller;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.legislation.support.LegislationAccess;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import cn.congress.domain.shared.TimelineEntry;
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
    private final FilingDeadlines deadlineRules;
    private final Clock clock;

    public record FilingDetails(String documentTitle, String documentNo, String filingOrgan, LocalDate publishedOn, LocalDate receivedOn) {
    }

    /** Counts per year (with problems found) and per filing organ. */
    public record Statistics(Map<Integer, long[]> byYear, Map<String, Long> byOrgan) {
    }

    @Transactional(readOnly = true)
    public Page<FilingReview> page(FilingStatus status, String organ, Integer year, String q, Pageable pageable) {
        return page(status, organ, year, q, null, LocalDate.now(clock), pageable);
    }

    @Transactional(readOnly = true)
    public Page<FilingReview> page(FilingStatus status, String organ, Integer year, String q, FilingDueFilter due, LocalDate today,
                                   Pageable pageable) {
        LegislationAccess.requireReader(Caller.current());
        if (due == null) {
            return filings.page(status, blankToNull(organ), year, blankToNull(q), false, EARLIEST, EARLIEST, EARLIEST, EARLIEST,
                    EARLIEST, EARLIEST, pageable);
        }
        LocalDate from = due == FilingDueFilter.OVERDUE ? null : today;
        LocalDate before = due == FilingDueFilter.OVERDUE ? today : today.plusDays(FilingDeadline.WARNING_DAYS + 1);
        return due(status, organ, year, q, from, before, pageable);
    }

    /** The list's rows: each filing with its lateness and the deadline it runs against today. */
    @Transactional(readOnly = true)
    public Page<FilingView> rows(FilingStatus status, String organ, Integer year, String q, FilingDueFilter due, LocalDate today,
                                 Pageable pageable) {
        Page<FilingReview> page = page(status, organ, year, q, due, today, pageable);
        FilingDeadlines.Terms terms = deadlineRules.terms();
        int submitDays = submitDays();
        return page.map(f -> FilingView.of(f, submitDays, today, terms.of(f, today), Set.of(), List.of()));
    }

    /** A filing's page: its facts, deadline, history and the steps the caller may take now. */
    @Transactional(readOnly = true)
    public FilingView view(long id, LocalDate today) {
        FilingReview f = get(id);
        Set<FilingAction> actions = LegislationAccess.isStaff(Caller.current()) ? FilingAction.from(f.getStatus()) : Set.of();
        List<TimelineEntry> history = events.findByFilingIdOrderById(id).stream()
                .map(e -> TimelineEntry.of(e.getCreatedAt(), e.getStep().getMessageKey(), e.getActorName(), e.getRemark())).toList();
        return FilingView.of(f, submitDays(), today, deadlineRules.terms().of(f, today), actions, history);
    }

    /** Opens the receipt form: refused unless the caller is staff. */
    public void requireEditor() {
        LegislationAccess.requireStaff(Caller.current());
    }

    /** Open filings whose running deadline is due within the warning days or has passed, for the daily reminders. */
    @Transactional(readOnly = true)
    public List<FilingReview> needingAttention(LocalDate today) {
        return due(null, null, null, null, null, today.plusDays(FilingDeadline.WARNING_DAYS + 1), Pageable.unpaged()).getContent();
    }

    /** The deadline each filing runs against on {@code today} (absent when none runs), by filing id. */
    @Transactional(readOnly = true)
    public Map<Long, FilingDeadline> deadlines(List<FilingReview> list, LocalDate today) {
        FilingDeadlines.Terms terms = deadlineRules.terms();
        Map<Long, FilingDeadline> result = new java.util.HashMap<>();
        for (FilingReview f : list) {
            FilingDeadline d = terms.of(f, today);
            if (d != null) {
                result.put(f.getId(), d);
            }
        }
        return result;
    }

    /** Filings whose running deadline falls on a day in [from, before); {@code from} null means no lower bound. */
    private Page<FilingReview> due(FilingStatus status, String organ, Integer year, String q, LocalDate from, LocalDate before,
                                   Pageable pageable) {
        FilingDeadlines.Terms terms = deadlineRules.terms();
        LocalDate formalFrom = from == null ? EARLIEST : terms.formalReceivedFrom(from);
        LocalDate activeFrom = from == null ? EARLIEST : terms.activeReceivedFrom(from);
        return filings.page(status, blankToNull(organ), year, blankToNull(q), true,
                formalFrom, terms.formalReceivedFrom(before), activeFrom, terms.activeReceivedFrom(before),
                from == null ? EARLIEST : from, before, pageable);
    }

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @Transactional(readOnly = true)
    public List<String> organs() {
        return filings.organs();
    }

    @Transactional(readOnly = true)
    public FilingReview get(long id) {
        LegislationAccess.requireReader(Caller.current());
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
        LegislationAccess.requireReader(Caller.current());
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
        LegislationAccess.requireStaff(Caller.current());
        FilingReview f = filings.save(new FilingReview(d.documentTitle(), d.documentNo(), d.filingOrgan(), d.publishedOn(), d.receivedOn()));
        events.save(f.received(Caller.current().name()));
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
        LegislationAccess.requireStaff(Caller.current());
        FilingReview f = filings.findById(id).orElseThrow(() -> new NotFoundException("备案文件", id));
        events.save(action.apply(f));
        return f;
    }

    private static String actor() {
        return Caller.current().name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
