package cn.congress.oversight.fiscal.review;

import cn.congress.domain.attachment.AttachmentInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the calendar pages receive. */
public final class ReviewViews {

    private ReviewViews() {
    }

    public record ReviewRow(long id, int year, ReviewKind kind, String title, int plannedMonth, ReviewStatus status, String sessionTitle,
                            LocalDate documentsDueOn, boolean documentsComplete, boolean documentsOverdue) {
    }

    public record ReviewView(long id, long version, int year, ReviewKind kind, String title, int plannedMonth, ReviewStatus status,
                             Long sessionId, String sessionTitle, LocalDate sessionDate, LocalDate documentsDueOn, Long voteId,
                             String resolution, LocalDate decidedOn, List<AttachmentInfo> governmentReport,
                             List<AttachmentInfo> preliminaryReview, Set<ReviewStep> actions) {
        public boolean can(String step) {
            return actions.contains(ReviewStep.valueOf(step));
        }
    }

    public record SessionOption(long id, String name) {
    }
}
