package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.TimelineEntry;

import java.util.List;

/** A project as the public page shows it: no proposer contact data, only the public steps of its history. */
public record PublicProject(ProjectRow row, String description, String decisionNumber, List<ProjectView.MilestoneRow> milestones,
                            List<TimelineEntry> timeline, Integer ratedSatisfied, Integer ratedBasic, Integer ratedUnsatisfied,
                            long followers) {
}
