package cn.congress.domain.session;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AttendeeRepository extends JpaRepository<Attendee, Long> {

    List<Attendee> findByMeetingIdOrderByIdAsc(Long meetingId);
}
