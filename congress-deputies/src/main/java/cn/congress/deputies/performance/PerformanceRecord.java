package cn.congress.deputies.performance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A deputy's year in numbers. Attendance and activities count only confirmed participation; duty days are the
 * distinct reception days the deputy was on duty plus confirmed station-duty activities on other days.
 */
public record PerformanceRecord(long deputyId, String name, String delegation, int year, long suggestionsLed, long suggestionsJoint,
                                long motionsLed, long sessionsAttended, Map<String, Long> activities, BigDecimal trainingHours,
                                long dutyDays, long receptions, long receptionsSettled, long petitionCases, long petitionSolved,
                                long mediationCases, long mediationSettled) {

    public long activitiesTotal() {
        return activities.values().stream().mapToLong(Long::longValue).sum();
    }

    public long activity(String kind) {
        return activities.getOrDefault(kind, 0L);
    }
}
