package cn.congress.legislation.evaluation;

import java.time.LocalDate;

/** A post-legislative evaluation as its pages show it. */
public record EvaluationView(long id, long version, long regulationId, String regulationTitle, String title, String evaluator,
                             String plan, LocalDate startedOn, String findings, EvaluationConclusion conclusion,
                             LocalDate completedOn) {

    static EvaluationView of(LegislativeEvaluation e) {
        return new EvaluationView(e.getId(), e.getVersion(), e.getRegulation().getId(), e.getRegulation().getTitle(), e.getTitle(),
                e.getEvaluator(), e.getPlan(), e.getStartedOn(), e.getFindings(), e.getConclusion(), e.getCompletedOn());
    }

    public boolean isCompleted() {
        return completedOn != null;
    }
}
