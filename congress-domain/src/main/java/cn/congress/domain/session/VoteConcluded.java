package cn.congress.domain.session;

/**
 * Published once when staff close a vote, inside the closing transaction, so that the record voted on (a bill,
 * a review opinion, an appointment item, a livelihood project) advances itself atomically with the result.
 * {@code targetType} is the simple class name of the voted record (e.g. {@code Bill}), {@code targetId} its id;
 * both are null for a vote on an item that points at nothing.
 *
 * @param adopted the vote's stored rule says the motion passed (by default: yes votes exceed half of all participants)
 */
public record VoteConcluded(long voteId, long sessionId, long agendaItemId, String targetType, Long targetId,
                            boolean adopted, int yes, int no, int abstain, int notVoting, int participants) {

    public boolean concerns(String type, Long id) {
        return type.equals(targetType) && id != null && id.equals(targetId);
    }
}
