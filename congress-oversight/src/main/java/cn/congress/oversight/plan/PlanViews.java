package cn.congress.oversight.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The read models of the plan feature's pages. */
public final class PlanViews {

    private PlanViews() {
    }

    /** One plan in the list of plans. */
    public record PlanRow(long id, int year, String title, PlanStatus status, boolean published, long topics, long heard) {
    }

    /** One topic of a plan. */
    public record TopicRow(long id, String title, TopicKind kind, String leadBodyName, String organName, int plannedMonth,
                           TopicStatus status, String sessionTitle, Long opinionId) {
    }

    /** The plan page. */
    public record PlanView(long id, int year, String title, PlanStatus status, LocalDate adoptedOn, boolean published,
                           long version, boolean canManage, List<TopicRow> topics) {

        public boolean canAdopt() {
            return canManage && status == PlanStatus.DRAFT;
        }

        public boolean canPublish() {
            return canManage && status == PlanStatus.ADOPTED && !published;
        }
    }

    /** The head of a topic page, with the steps the viewer may take now. */
    public record TopicView(long id, long planId, int year, String title, TopicKind kind, TopicStatus status, long leadBodyId,
                            String leadBodyName, long organId, String organName, int plannedMonth, String summary,
                            Long sessionId, String sessionTitle, Long followUpOfId, String followUpOfTitle, long version,
                            Set<TopicStep> actions) {

        public boolean can(String step) {
            return actions.contains(TopicStep.valueOf(step));
        }
    }

    /** One proposal in the screening list or in a proposer's own list. */
    public record ProposalRow(long id, int year, ProposalSource source, String proposerName, String contact, String title,
                              String reason, ProposalStatus status, String decisionReason, Long topicId, Instant createdAt) {

        public boolean pending() {
            return status == ProposalStatus.PENDING;
        }
    }

    /** A published plan as the public sees it. */
    public record PublicPlan(int year, String title, LocalDate adoptedOn, List<TopicRow> topics) {
    }
}
