package cn.congress.domain.session;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface VoteRepository extends JpaRepository<Vote, Long> {

    @Query("select v from Vote v join fetch v.agendaItem join fetch v.meeting where v.meeting.id = ?1 order by v.agendaItem.position, v.id")
    List<Vote> findByMeeting(Long meetingId);

    @Query("select v from Vote v join fetch v.agendaItem join fetch v.meeting where v.id = ?1")
    Optional<Vote> findWithItem(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vote v where v.id = ?1")
    Optional<Vote> lockById(Long id);

    long countByMeetingIdAndStatus(Long meetingId, VoteStatus status);

    /** Open votes of sessions in which the account takes part, soonest opened first. */
    @Query("select v from Vote v join fetch v.meeting m join fetch v.agendaItem where v.status = ?1 order by v.openedAt desc")
    List<Vote> findByStatusWithMeeting(VoteStatus status);
}
