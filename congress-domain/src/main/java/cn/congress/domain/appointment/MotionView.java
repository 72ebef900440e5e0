package cn.congress.domain.appointment;

import cn.congress.domain.session.VoteStatus;
import cn.congress.domain.shared.TimelineEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A motion as its page shows it: the motion, its persons, its history and the steps the caller may take now
 * ({@link #can}); built in a read-only transaction, so the page touches no entity.
 */
public record MotionView(long id, long version, String title, Proposer proposer, String explanation, MotionStatus status,
                         LocalDate submittedOn, Long meetingId, String leadTimeException, List<Item> items,
                         Set<MotionStep> actions, boolean preparer, List<TimelineEntry> history) {

    /** One person of the motion, with what the caller may do with it now. */
    public record Item(long id, int position, String personName, String resume, AppointmentAction action, String post,
                       String organ, Long voteId, VoteStatus voteStatus, ItemStatus status, LocalDate decidedOn,
                       String announcementNumber, Long ceremonyId, LocalDate ceremonyHeldOn, String ceremonyPlace,
                       String letterNumber, Set<ItemStatus> nextSteps, boolean mayNotVote, boolean maySwear,
                       boolean mayIssueLetter) {
    }

    public boolean can(String step) {
        return actions.contains(MotionStep.valueOf(step));
    }

    public boolean isEditable() {
        return can("EDIT");
    }
}
