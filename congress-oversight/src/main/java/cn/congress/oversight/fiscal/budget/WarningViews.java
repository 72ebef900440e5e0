package cn.congress.oversight.fiscal.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** What the warning pages receive. */
public final class WarningViews {

    private WarningViews() {
    }

    public record WarningFilter(Integer year, WarningRule rule, WarningStatus status, Long department) {
        public static WarningFilter none() {
            return new WarningFilter(null, null, null, null);
        }
    }

    public record WarningRow(long id, int year, int month, WarningRule rule, String departmentName, String unitName, String categoryName,
                             BigDecimal measured, int threshold, BigDecimal amount, WarningStatus status) {
    }

    public record WarningView(long id, long version, int year, int month, WarningRule rule, long departmentId, String departmentName,
                              long unitId, String unitCode, String unitName, String categoryCode, String categoryName, BigDecimal measured,
                              int threshold, BigDecimal amount, WarningStatus status, String summary, String question, Instant sentAt,
                              String answer, String answeredBy, Instant answeredAt, Long problemId, Set<WarningStep> actions) {
        public boolean can(String step) {
            return actions.contains(WarningStep.valueOf(step));
        }
    }

    /** An opinion whose checklist can take a new item, to turn a warning into a problem item. */
    public record OpinionOption(long id, String name) {
    }
}
