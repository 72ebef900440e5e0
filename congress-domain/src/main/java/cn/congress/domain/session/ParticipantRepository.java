package cn.congress.domain.session;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findByMeetingIdOrderBySortOrderAscIdAsc(Long meetingId);

    Optional<Participant> findByMeetingIdAndUserAccountId(Long meetingId, long userAccountId);

    long countByMeetingId(Long meetingId);

    long countByMeetingIdAndAttendance(Long meetingId, Attendance attendance);
}
