package cn.congress.deputies.livelihood;

import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.shared.TimelineEntry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A project's page: what it is, where it stands, its implementation records, history and the viewer's steps;
 * {@code programmeVisible} says whether the viewer may open the year's programme (a responsible organ may not).
 */
public record ProjectView(ProjectRow row, long version, String description, String proposedOrgan, String stationName,
                          String programmeTitle, ProgrammeStatus programmeStatus, String mergedIntoTitle,
                          LocalDate completedOn, String rectificationReport, Integer ratedSatisfied, Integer ratedBasic,
                          Integer ratedUnsatisfied, List<MilestoneRow> milestones, List<ReportRow> reports,
                          List<String> supervisors, List<Long> supervisorIds, List<InspectionRow> inspections,
                          List<AdjustmentRow> adjustments, List<TimelineEntry> timeline, Set<ProjectStep> actions,
                          long followers, boolean programmeVisible) {

    public record MilestoneRow(long id, String title, LocalDate plannedOn, LocalDate doneOn, boolean late) {
    }

    public record ReportRow(long id, LocalDate reportedOn, int percent, BigDecimal budgetSpent, String note, boolean delayed,
                            String delayReason, List<AttachmentInfo> photos) {
    }

    public record InspectionRow(LocalDate inspectedOn, String participants, String findings) {
    }

    public record AdjustmentRow(String decisionRef, LocalDate decidedOn, String description, BigDecimal newBudget,
                                LocalDate newCompletion) {
    }

    public boolean can(String step) {
        return actions.contains(ProjectStep.valueOf(step));
    }

    public long id() {
        return row.id();
    }
}
