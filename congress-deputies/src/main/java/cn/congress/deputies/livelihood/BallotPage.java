package cn.congress.deputies.livelihood;

import cn.congress.domain.session.VoteStatus;

import java.math.BigDecimal;
import java.util.List;

/** A deputy's ballot page: the candidates with what a deputy needs to judge them, and whether they may vote now. */
public record BallotPage(long voteId, long programmeId, String title, String sessionTitle, VoteStatus status,
                         boolean participant, boolean present, boolean voted, int places, List<Item> candidates) {

    public record Item(long projectId, String title, String area, BigDecimal estimatedBudget, String organName,
                       String description, String screeningNote) {
    }

    public boolean mayVote() {
        return status == VoteStatus.OPEN && participant && present && !voted;
    }

    public boolean isOpen() {
        return status == VoteStatus.OPEN;
    }

    public boolean isClosed() {
        return status == VoteStatus.CLOSED;
    }
}
