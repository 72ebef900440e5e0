package cn.congress.legislation.filing;

import cn.congress.domain.rules.Rules;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The review deadlines of the city's rules in force today: the formal check within {@code filing.formal-check-days} of
 * receipt (while the filing waits for its reviewer), the active review within {@code filing.active-review-months} of
 * receipt (while under review), and the maker's answer by the correction deadline (set from {@code filing.reply-days} when
 * the correction is requested).
 */
@Component
@RequiredArgsConstructor
class FilingDeadlines {

    private final Rules rules;

    /** The rule values, read once for a page or a reminder run. */
    public Terms terms() {
        return new Terms(rules.integer("filing.formal-check-days"), rules.integer("filing.active-review-months"));
    }

    public record Terms(int formalCheckDays, int activeReviewMonths) {

        /** The deadline the filing runs against now, or {@code null} when none runs (problem found, answered, closed). */
        public FilingDeadline of(FilingReview f, LocalDate today) {
            return switch (f.getStatus()) {
                case RECEIVED -> FilingDeadline.of(DeadlineKind.FORMAL_CHECK, formalDue(f.getReceivedOn()), today);
                case UNDER_REVIEW -> FilingDeadline.of(DeadlineKind.ACTIVE_REVIEW, activeDue(f.getReceivedOn()), today);
                case CORRECTION_REQUESTED -> f.getCorrectionDeadline() == null ? null
                        : FilingDeadline.of(DeadlineKind.CORRECTION_ANSWER, f.getCorrectionDeadline(), today);
                default -> null;
            };
        }

        LocalDate formalDue(LocalDate receivedOn) {
            return receivedOn.plusDays(formalCheckDays);
        }

        LocalDate activeDue(LocalDate receivedOn) {
            return receivedOn.plusMonths(activeReviewMonths);
        }

        /** The first receipt date whose formal check is due on or after {@code day}. */
        LocalDate formalReceivedFrom(LocalDate day) {
            return day.minusDays(formalCheckDays);
        }

        /** The first receipt date whose active review is due on or after {@code day} (exact at month ends too). */
        LocalDate activeReceivedFrom(LocalDate day) {
            LocalDate r = day.minusMonths(activeReviewMonths);
            while (!activeDue(r.minusDays(1)).isBefore(day)) {
                r = r.minusDays(1);
            }
            while (activeDue(r).isBefore(day)) {
                r = r.plusDays(1);
            }
            return r;
        }
    }
}
