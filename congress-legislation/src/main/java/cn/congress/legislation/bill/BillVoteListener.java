package cn.congress.legislation.bill;

import cn.congress.domain.shared.SystemTask;
import cn.congress.domain.session.VoteConcluded;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * When a vote on a bill concludes at a session, the bill advances by itself (表决通过 / 表决未通过), inside the
 * transaction that closed the vote. The bill remembers the vote, so a repeated event changes nothing.
 */
@Component
@RequiredArgsConstructor
class BillVoteListener {

    private final BillService bills;
    private final Clock clock;

    @EventListener
    void on(VoteConcluded event) {
        if (!"Bill".equals(event.targetType()) || event.targetId() == null) {
            return;
        }
        String remark = "表决结果：赞成" + event.yes() + "票，反对" + event.no() + "票，弃权" + event.abstain() + "票"
                + (event.notVoting() > 0 ? "，未按表决器" + event.notVoting() + "人" : "");
        SystemTask.run(() -> bills.applyVote(event.targetId(), event.voteId(), event.adopted(), LocalDate.now(clock),
                new SessionRef(event.sessionId(), null, event.agendaItemId()), remark));
    }
}
