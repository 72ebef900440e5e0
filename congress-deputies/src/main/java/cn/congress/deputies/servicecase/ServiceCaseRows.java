package cn.congress.deputies.servicecase;

import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.domain.shared.TimelineEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Read models of the service-case pages. */
public final class ServiceCaseRows {

    private ServiceCaseRows() {
    }

    public record CaseFilter(ServiceCaseType type, CaseStatus status, Long stationId, String district, Long deputyId, Integer year, String q,
                             CaseOutcome outcome) {
        public static CaseFilter none() {
            return new CaseFilter(null, null, null, null, null, null, null, null);
        }
    }

    public record CaseRow(long id, ServiceCaseType type, String title, String stationName, String district, String deputyName,
                          String partyMasked, LocalDate receivedOn, CaseStatus status, CaseOutcome outcome) {
    }

    public record CaseView(long id, long version, ServiceCaseType type, String title, String summary, long stationId, String stationName,
                           long deputyId, String deputyName, String partyNameMasked, String partyContactMasked, LocalDate receivedOn,
                           Long organId, String organName, String courtCaseNo, CaseStatus status, CaseOutcome outcome,
                           ResidentSatisfaction satisfaction, LocalDate closedOn, Set<CaseStep> actions, List<CaseOutcome> outcomes,
                           List<TimelineEntry> timeline) {
        public boolean can(String step) {
            return actions.contains(CaseStep.valueOf(step));
        }

        public boolean closed() {
            return status == CaseStatus.CLOSED;
        }
    }

    /** Counts of one group (an agent, a mediator, a station, a district) for one case type. */
    public record CaseCount(String key, String label, long total, long closed, long success) {
    }

    public record CaseStats(ServiceCaseType type, long total, long closed, long success, List<CaseCount> byDeputy,
                            List<CaseCount> byStation, List<CaseCount> byDistrict) {
    }
}
