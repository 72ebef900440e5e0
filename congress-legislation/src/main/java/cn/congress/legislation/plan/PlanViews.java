package cn.congress.legislation.plan;

import java.time.LocalDate;

/** Read models of plans, their projects and the proposals for projects, as pages show them. */
public final class PlanViews {

    private PlanViews() {
    }

    public record Plan(long id, long version, String title, PlanKind kind, int startYear, int endYear, String years, LocalDate adoptedOn,
                       String remark) {

        static Plan of(LegislativePlan p) {
            return new Plan(p.getId(), p.getVersion(), p.getTitle(), p.getKind(), p.getStartYear(), p.getEndYear(), p.getYears(),
                    p.getAdoptedOn(), p.getRemark());
        }
    }

    public record Project(long id, long version, String title, ProjectCategory category, String proposingUnit, String draftingUnit,
                          String leadBody, LocalDate plannedMonth, LocalDate submittedOn, Integer movedToYear, String movedReason) {

        static Project of(PlanProject p) {
            return new Project(p.getId(), p.getVersion(), p.getTitle(), p.getCategory(), p.getProposingUnit(), p.getDraftingUnit(),
                    p.getLeadBody(), p.getPlannedMonth(), p.getSubmittedOn(), p.getMovedToYear(), p.getMovedReason());
        }
    }

    public record Proposal(long id, long version, String title, ProposerKind proposerKind, String proposerName, LocalDate receivedOn,
                           String reason, String demonstration, ProposalDecision decision, String decisionReason) {

        static Proposal of(ProjectProposal p) {
            return new Proposal(p.getId(), p.getVersion(), p.getTitle(), p.getProposerKind(), p.getProposerName(), p.getReceivedOn(),
                    p.getReason(), p.getDemonstration(), p.getDecision(), p.getDecisionReason());
        }
    }
}
