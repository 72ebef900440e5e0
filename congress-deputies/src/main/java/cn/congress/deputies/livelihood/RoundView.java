package cn.congress.deputies.livelihood;

import cn.congress.domain.session.VoteStatus;

import java.util.List;

/** One round of the vote with its per-candidate result (counts, passed, elected) once concluded. */
public record RoundView(int round, BallotPurpose purpose, int places, long voteId, VoteStatus voteStatus, Integer participants,
                        Integer present, boolean concluded, List<Candidate> candidates) {

    public record Candidate(long projectId, int position, String title, Integer yes, Integer no, Integer abstain,
                            Boolean passed, Boolean elected) {
    }

    public boolean isOpen() {
        return voteStatus == VoteStatus.OPEN;
    }

    public boolean isPrepared() {
        return voteStatus == VoteStatus.PREPARED;
    }

    /** More than half of all deputies: the 赞成 votes a project needs. */
    public Integer passMark() {
        return participants == null ? null : participants / 2 + 1;
    }
}
