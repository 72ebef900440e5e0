package cn.congress.domain.session;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPositionAsc(Long meetingId);

    @Query("select coalesce(max(a.position), 0) from AgendaItem a where a.meeting.id = ?1")
    int maxPosition(Long meetingId);
}
