package cn.congress.oversight.fiscal.audit;

import cn.congress.oversight.opinion.OpinionStatus;
import cn.congress.oversight.opinion.ProblemStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the audit pages receive. */
public final class AuditViews {

    private AuditViews() {
    }

    /** What staff enter for a finding. */
    public record FindingDetails(long unitId, FindingKind kind, String description, String measuresRequired, BigDecimal amountInvolved) {
    }

    public record ReportRow(long id, int year, String title, long opinionId, String documentNo, OpinionStatus opinionStatus, int findings,
                            int closed, BigDecimal involved, BigDecimal recovered) {
        public int closedPercent() {
            return findings == 0 ? 0 : Math.round(100f * closed / findings);
        }
    }

    public record FindingRow(long id, long problemId, int seq, String description, String unitName, FindingKind kind, BigDecimal involved,
                             BigDecimal recovered, LocalDate deadline, ProblemStatus status, boolean overdue) {
    }

    public record ReportView(long id, int year, String title, long topicId, long opinionId, String documentNo, OpinionStatus opinionStatus,
                             LocalDate issuedOn, int findings, int closed, BigDecimal involved, BigDecimal recovered, List<FindingRow> rows,
                             boolean canAdd, boolean topicVisible) {
    }

    public record FindingView(long id, long version, long reportId, String reportTitle, long problemId, int seq, String description,
                              long unitId, String unitName, FindingKind kind, BigDecimal involved, BigDecimal recovered, LocalDate deadline,
                              ProblemStatus status, String measuresTaken, boolean canRecordRecovery) {
    }

    /** A heard topic without an opinion yet, to hang an audit report on. */
    public record TopicOption(long id, String name) {
    }
}
