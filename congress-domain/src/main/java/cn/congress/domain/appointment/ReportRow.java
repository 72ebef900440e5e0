package cn.congress.domain.appointment;

/** A performance report as the list shows it, with whether it may be put on a session now. */
public record ReportRow(long id, String personName, String organ, String post, int year, String title, ReportStatus status,
                        Boolean satisfied, Long voteId, boolean schedulable, boolean evaluated) {

    static ReportRow of(PerformanceReport r) {
        PostHolding h = r.getHolding();
        return new ReportRow(r.getId(), h.getPersonName(), h.getOrgan(), h.getPost(), r.getYear(), r.getTitle(), r.getStatus(),
                r.getSatisfied(), r.getVoteId(), r.getStatus() == ReportStatus.SUBMITTED, r.getStatus() == ReportStatus.EVALUATED);
    }
}
