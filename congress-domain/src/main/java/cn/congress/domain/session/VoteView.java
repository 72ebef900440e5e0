package cn.congress.domain.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A vote as its pages show it (the console, the ballot, the result sheet): what is voted on, how, its state and
 * result, and the steps the caller may take now. Built in a read-only transaction.
 */
public record VoteView(long id, String title, VoteKind kind, VoteMethod method, VoteRule rule, VoteStatus status, boolean secret,
                       long meetingId, String meetingTitle, LocalDate meetingDate, List<Option> options, boolean closed,
                       Boolean adopted, Integer yes, Integer no, Integer abstain, Integer notVoting, String remark,
                       Set<VoteStep> actions) {

    /** One candidate of a candidates vote, with its counts once closed. */
    public record Option(long id, String label, Integer yes, Integer no, Integer abstain, Boolean adopted) {
    }

    static VoteView of(Vote v, Set<VoteStep> actions) {
        return new VoteView(v.getId(), v.getTitle(), v.getKind(), v.getMethod(), v.getRule(), v.getStatus(), v.isSecret(),
                v.getMeeting().getId(), v.getMeeting().getTitle(), v.getMeeting().getStartDate(),
                v.getOptions().stream().map(o -> new Option(o.getId(), o.getLabel(), o.getYes(), o.getNo(), o.getAbstain(), o.getAdopted()))
                        .toList(), v.isClosed(), v.getAdopted(), v.getYes(), v.getNo(), v.getAbstain(), v.getNotVoting(), v.getRemark(),
                actions);
    }

    public boolean can(String step) {
        return actions.contains(VoteStep.valueOf(step));
    }

    /** The bundle prefix of the choices' labels: 满意/基本满意/不满意 for a satisfaction vote, else 赞成/反对/弃权. */
    public String labelPrefix() {
        return kind == VoteKind.SATISFACTION ? "satisfaction." : "enum.BallotChoice.";
    }

    public boolean candidates() {
        return kind == VoteKind.CANDIDATES;
    }

    public boolean electronic() {
        return method == VoteMethod.ELECTRONIC;
    }

    public boolean prepared() {
        return status == VoteStatus.PREPARED;
    }

    public boolean open() {
        return status == VoteStatus.OPEN;
    }

    /** Open and counted by the system: the console refreshes the turnout. */
    public boolean live() {
        return open() && electronic();
    }
}
