package cn.congress.deputies.livelihood;

import java.math.BigDecimal;
import java.util.List;

/** One congress's year on the public page: its adopted projects, their progress and evaluation. */
public record PublicYear(long programmeId, int year, String title, String congressName, ProgrammeStatus status,
                         String decisionNumber, List<ProjectRow> projects) {

    public BigDecimal investment() {
        return projects.stream().map(ProjectRow::estimatedBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long completed() {
        return projects.stream().filter(p -> ProjectStatus.DONE.contains(p.status())).count();
    }
}
