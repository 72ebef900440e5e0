package cn.congress.legislation.filing;

import cn.congress.domain.shared.TimelineEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A filing as the list and its page show it: the facts, whether it came late, the deadline it runs against today,
 * and (on its page) the history and the steps the caller may take now.
 */
public record FilingView(long id, String documentTitle, String documentNo, String filingOrgan, LocalDate publishedOn,
                         LocalDate receivedOn, long daysToFile, boolean late, FilingStatus status, String reviewer,
                         FilingFinding finding, String issue, LocalDate correctionDeadline, boolean correctionOverdue, String answer,
                         LocalDate answeredOn, LocalDate closedOn, String closingRemark, FilingDeadline deadline,
                         Set<FilingAction> actions, List<TimelineEntry> history) {

    static FilingView of(FilingReview f, int submitDays, LocalDate today, FilingDeadline deadline, Set<FilingAction> actions,
                         List<TimelineEntry> history) {
        return new FilingView(f.getId(), f.getDocumentTitle(), f.getDocumentNo(), f.getFilingOrgan(), f.getPublishedOn(),
                f.getReceivedOn(), f.daysToFile(), f.isLate(submitDays), f.getStatus(), f.getReviewer(), f.getFinding(), f.getIssue(),
                f.getCorrectionDeadline(), f.isCorrectionOverdue(today), f.getAnswer(), f.getAnsweredOn(), f.getClosedOn(),
                f.getClosingRemark(), deadline, actions, history);
    }

    public boolean can(String action) {
        return actions.contains(FilingAction.valueOf(action));
    }
}
