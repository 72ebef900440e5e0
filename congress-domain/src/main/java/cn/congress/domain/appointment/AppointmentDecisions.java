package cn.congress.domain.appointment;

import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteConcluded;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.SystemTask;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Carries out the result of a concluded vote on a person or a performance report, in the closing transaction: the
 * person is adopted (the registry updated) or rejected, the report evaluated. A consequence the system carries
 * out, whoever closed the vote.
 */
@Component
@RequiredArgsConstructor
class AppointmentDecisions {

    private final AppointmentItemRepository items;
    private final PostHoldingRepository holdings;
    private final PerformanceReportRepository reports;
    private final VoteService votes;
    private final AppointmentHistory history;
    private final Clock clock;

    @EventListener
    void onVoteConcluded(VoteConcluded event) {
        SystemTask.run(() -> apply(event));
    }

    private void apply(VoteConcluded event) {
        if (event.targetType() == null) {
            return;
        }
        if (event.targetType().equals(AppointmentMotions.ITEM_TARGET)) {
            decide(event);
        } else if (event.targetType().equals(PerformanceReports.REPORT_TARGET)) {
            reports.findById(event.targetId()).ifPresent(r -> r.evaluate(event.adopted()));
        }
    }

    private void decide(VoteConcluded event) {
        AppointmentItem item = items.findWithMotion(event.targetId()).orElseThrow(() -> new NotFoundException("任免人员", event.targetId()));
        LocalDate on = decisionDate(votes.get(event.voteId()));
        AppointmentMotion motion = item.getMotion();
        if (event.adopted()) {
            item.adopt(on);
            if (item.getAction().endsHolding()) {
                holdings.findFirstByPersonNameAndOrganAndPostAndEndDateIsNull(item.getPersonName(), item.getOrgan(), item.getPost())
                        .ifPresent(h -> h.end(on, item.getId()));
            } else if (holdings.findFirstByPersonNameAndOrganAndPostAndEndDateIsNull(item.getPersonName(), item.getOrgan(),
                    item.getPost()).isEmpty()) {
                holdings.save(new PostHolding(item.getPersonName(), item.getPost(), item.getOrgan(), on, item.getId()));
            }
        } else {
            item.reject(on);
        }
        history.record(motion.getId(), item.getId(), event.adopted() ? MotionEvent.ADOPTED : MotionEvent.REJECTED,
                item.getDecisionText() + "（赞成 " + event.yes() + "，组成人员 " + event.participants() + "）");
        if (motion.decideIfComplete()) {
            history.record(motion.getId(), null, MotionEvent.DECIDED, null);
        }
    }

    /**
     * The day a decision takes effect: the day the vote closed, or the session's last day when the result was
     * recorded after the session had ended.
     */
    private LocalDate decisionDate(Vote vote) {
        LocalDate closed = LocalDate.ofInstant(vote.getClosedAt(), clock.getZone());
        Meeting m = vote.getMeeting();
        LocalDate last = m.getEndDate() != null ? m.getEndDate() : m.getStartDate();
        return closed.isAfter(last) ? last : closed;
    }
}
