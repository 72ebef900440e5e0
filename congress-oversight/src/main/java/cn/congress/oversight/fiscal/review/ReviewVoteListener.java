package cn.congress.oversight.fiscal.review;

import cn.congress.domain.session.VoteConcluded;
import cn.congress.domain.shared.SystemTask;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the approval vote on a calendar item closes, the item is approved or not inside the closing transaction. */
@Component
@RequiredArgsConstructor
class ReviewVoteListener {

    private final ReviewService reviews;

    @EventListener
    void on(VoteConcluded event) {
        if (!ReviewService.TARGET.equals(event.targetType()) || event.targetId() == null) {
            return;
        }
        String tally = "赞成" + event.yes() + "票，反对" + event.no() + "票，弃权" + event.abstain() + "票";
        SystemTask.run(() -> reviews.applyVote(event.targetId(), event.adopted(), tally));
    }
}
