package cn.congress.legislation.consultation;

import cn.congress.domain.shared.TimelineEntry;
import cn.congress.legislation.text.LegalText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A consultation as its pages show it: the draft, the window, the counts per article (heat map), and the steps the
 * viewer may take now.
 */
public record ConsultationView(long id, long billId, long billVersionId, String title, String explanation, List<String> questions,
                               Set<CommentChannel> channels, IdentityMode identityMode, String identityReason, LocalDate opensOn,
                               LocalDate closesOn, ConsultationStatus status, long daysLeft, boolean accepting, LocalDate closedOn,
                               String closeReason, String feedbackReport, LocalDate feedbackPublishedOn, long version,
                               Set<ConsultationStep> steps, List<TimelineEntry> history, Set<Long> contactPointIds, LegalText text,
                               Map<Integer, Long> articleCounts, long total) {

    public boolean can(String step) {
        return steps.contains(ConsultationStep.valueOf(step));
    }

    public long count(int articleNo) {
        return articleCounts.getOrDefault(articleNo, 0L);
    }

    public long wholeDraftCount() {
        return articleCounts.getOrDefault(0, 0L);
    }

    /** 0–4: how hot an article is relative to the most commented one, for the heat map's shade. */
    public int heat(int articleNo) {
        long max = articleCounts.entrySet().stream().filter(e -> e.getKey() > 0).mapToLong(Map.Entry::getValue).max().orElse(0);
        long n = count(articleNo);
        return max == 0 || n == 0 ? 0 : (int) Math.max(1, Math.round(4.0 * n / max));
    }

    public boolean realName() {
        return identityMode == IdentityMode.REAL_NAME;
    }

    public boolean reported() {
        return status == ConsultationStatus.REPORTED;
    }
}
