package cn.congress.deputies.livelihood;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A year's programme page: its stage, the projects the viewer may see, the rounds of the vote and the viewer's steps. */
public record ProgrammeView(long id, long version, int year, String title, Level level, String congressName, int quota,
                            ProgrammeStatus status, int requiredCandidates, String deliberationMeeting,
                            LocalDate deliberatedOn, LocalDate sentToDeputiesOn, String sessionTitle, TieRule tieRule,
                            ShortfallRule shortfallRule, String decisionNumber, LocalDate decidedOn,
                            String progressSessionTitle, Integer evaluationPassPercent, LocalDate evaluationOpenedOn,
                            LocalDate evaluationClosedOn, List<ProjectRow> projects, List<RoundView> rounds,
                            Set<ProgrammeStep> actions, boolean staff, boolean rated) {

    public boolean can(String step) {
        return actions.contains(ProgrammeStep.valueOf(step));
    }

    public long count(ProjectStatus status) {
        return projects.stream().filter(p -> p.status() == status).count();
    }

    private List<ProjectRow> in(java.util.Set<ProjectStatus> statuses) {
        return projects.stream().filter(p -> statuses.contains(p.status())).toList();
    }

    /** Residents' proposals awaiting moderation. */
    public List<ProjectRow> pending() {
        return in(java.util.EnumSet.of(ProjectStatus.PENDING_MODERATION));
    }

    /** Proposals not yet screened. */
    public List<ProjectRow> proposals() {
        return in(java.util.EnumSet.of(ProjectStatus.PROPOSED));
    }

    /** The candidate list (before and after deliberation, and on the ballot). */
    public List<ProjectRow> candidates() {
        return in(java.util.EnumSet.of(ProjectStatus.CANDIDATE, ProjectStatus.CANDIDATE_CONFIRMED, ProjectStatus.ON_BALLOT));
    }

    /** Left out, with the reasons shown to proposers. */
    public List<ProjectRow> leftOut() {
        return in(ProjectStatus.LEFT_OUT);
    }

    public List<ProjectRow> notSelected() {
        return in(java.util.EnumSet.of(ProjectStatus.NOT_SELECTED));
    }

    public List<ProjectRow> adopted() {
        return projects.stream().filter(ProjectRow::adopted).toList();
    }

    /** The round open or waiting to be opened, if any. */
    public RoundView currentRound() {
        return rounds.stream().filter(r -> !r.concluded()).findFirst().orElse(null);
    }
}
