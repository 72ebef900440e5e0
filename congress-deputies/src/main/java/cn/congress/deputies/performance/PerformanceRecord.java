package cn.congress.deputies.performance;

import cn.congress.domain.deputy.PerformanceContributor.Contribution;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deputy's year in numbers. Attendance and activities count only confirmed participation; duty days are the
 * distinct reception days the deputy was on duty plus confirmed station-duty activities on other days.
 * {@code contributions} are what other modules' records show the deputy took part in (an inspection group of the
 * oversight module), counted there and listed here by date.
 */
public record PerformanceRecord(long deputyId, String name, String delegation, int year, long suggestionsLed, long suggestionsJoint,
                                long motionsLed, long sessionsAttended, Map<String, Long> activities, BigDecimal trainingHours,
                                long dutyDays, long receptions, long receptionsSettled, long petitionCases, long petitionSolved,
                                long mediationCases, long mediationSettled, List<Contribution> contributions) {

    /** The contributions counted by kind (the bundle key of the kind's label), in order of first appearance. */
    public Map<String, Long> contributionCounts() {
        Map<String, Long> m = new LinkedHashMap<>();
        contributions.forEach(c -> m.merge(c.kindKey(), 1L, Long::sum));
        return m;
    }

    public long activitiesTotal() {
        return activities.values().stream().mapToLong(Long::longValue).sum();
    }

    public long activity(String kind) {
        return activities.getOrDefault(kind, 0L);
    }
}
