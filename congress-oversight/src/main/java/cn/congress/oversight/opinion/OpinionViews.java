package cn.congress.oversight.opinion;

import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.shared.TimelineEntry;
import cn.congress.oversight.plan.TopicStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The read models of the opinion feature's pages. */
public final class OpinionViews {

    private OpinionViews() {
    }

    /** One round of the handling report, with its satisfaction result once evaluated. */
    public record ReportRound(long id, int round, LocalDate dueOn, String content, Instant submittedAt, String submittedBy,
                              Long sessionId, String sessionTitle, Long voteId, Integer satisfied, Integer basically,
                              Integer dissatisfied, Integer present, Boolean passed, boolean released, boolean overdue) {

        public boolean evaluated() {
            return passed != null;
        }
    }

    /** One line of the list of opinions: the current round's deadline and the last satisfaction result. */
    public record OpinionRow(long id, String documentNo, String title, long topicId, String topicTitle, String organName,
                             LocalDate issuedOn, OpinionStatus status, int round, boolean released, LocalDate dueOn,
                             boolean overdue, Boolean lastPassed, long openItems, long items) {
    }

    /** One line of a problem list. */
    public record ProblemRow(long id, long opinionId, String documentNo, long topicId, String topicTitle, int seq, String description,
                             String organName, LocalDate deadline, ProblemStatus status, LocalDate closedOn, ProblemSource source,
                             boolean overdue, boolean dueSoon) {

        /** The item came from an inspection, an inquiry or a 回头看 rather than from the opinion's own text. */
        public boolean fromElsewhere() {
            return source != ProblemSource.OPINION;
        }
    }

    /** The opinion page. */
    public record OpinionView(long id, long topicId, String topicTitle, String documentNo, String title, String content,
                              ReportKind reportKind, long organId, String organName, LocalDate issuedOn, OpinionStatus status,
                              int round, boolean released, Long followUpOpinionId, List<ReportRound> rounds, List<ProblemRow> items,
                              Set<OpinionStep> actions) {

        public boolean can(String step) {
            return actions.contains(OpinionStep.valueOf(step));
        }

        public ReportRound currentRound() {
            return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        }
    }

    /** The problem item page. */
    public record ProblemView(long id, long opinionId, String documentNo, String opinionTitle, long topicId, String topicTitle, int seq,
                              String description, long organId, String organName, String measuresRequired, LocalDate deadline,
                              ProblemStatus status, ProblemSource source, String sourceRef, String measuresTaken, String progress,
                              String returnReason, Instant submittedAt, LocalDate closedOn, Long carriedFromId, long version,
                              boolean overdue, Set<ProblemStep> actions, List<AttachmentInfo> evidence, List<TimelineEntry> history) {

        public boolean can(String step) {
            return actions.contains(ProblemStep.valueOf(step));
        }

        public boolean frozen() {
            return !status.open();
        }
    }

    /** Filters of the problem list. */
    public record ProblemFilter(ProblemStatus status, Long organId, Integer year, Long opinionId, boolean overdue, String q) {

        public static ProblemFilter none() {
            return new ProblemFilter(null, null, null, null, false, null);
        }
    }

    /** An organ ranked by its overdue items. */
    public record OrganLoad(long organId, String organName, long open, long overdue, long closed) {
    }

    /** The staff dashboard of a year. */
    public record Dashboard(int year, Map<TopicStatus, Long> topicsByStatus, Map<ProblemStatus, Long> problemsByStatus,
                            Map<String, Long> openByAge, long closed, long closedOnTime, long total, long overdue,
                            List<OrganLoad> organsByOverdue) {

        public Integer onTimePercent() {
            return closed == 0 ? null : (int) Math.round(closedOnTime * 100.0 / closed);
        }

        public long awaitingVerification() {
            return problemsByStatus.getOrDefault(ProblemStatus.REPORTED, 0L);
        }

        public Integer closedPercent() {
            return total == 0 ? null : (int) Math.round(closed * 100.0 / total);
        }
    }

    /** A unit's own open items, for its dashboard card. */
    public record UnitSummary(long open, long overdue, long dueSoon, long submitted, List<ProblemRow> nextDue) {
    }

    /** A released opinion with its released reports, as the public sees it. */
    public record PublicOpinion(long id, String documentNo, String title, String content, String organName, LocalDate issuedOn,
                                String topicTitle, List<ReportRound> reports) {
    }
}
