package cn.congress.oversight.opinion;

import cn.congress.domain.session.VoteConcluded;
import cn.congress.domain.shared.SystemTask;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the satisfaction vote on a handling report closes, the opinion advances inside the closing transaction:
 * accepted, or a new round of reporting. The vote's SATISFACTION kind counts 满意 as yes, 基本满意 as abstain and
 * 不满意 as no; a present member who did not press (未按) counts as present.
 */
@Component
@RequiredArgsConstructor
class SatisfactionVoteListener {

    private final OpinionService opinions;

    @EventListener
    void on(VoteConcluded event) {
        if (!OpinionService.REPORT_TARGET.equals(event.targetType()) || event.targetId() == null) {
            return;
        }
        int present = event.yes() + event.no() + event.abstain() + event.notVoting();
        SystemTask.run(() -> opinions.applyEvaluation(event.targetId(), event.yes(), event.abstain(), event.no(), present));
    }
}
