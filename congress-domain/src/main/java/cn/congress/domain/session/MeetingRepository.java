package cn.congress.domain.session;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select coalesce(max(m.number), 0) from Meeting m where m.term.id = ?1 and m.kind = ?2")
    int maxNumber(Long termId, SessionKind kind);

    @Query("""
            select m from Meeting m
            where (:kind is null or m.kind = :kind) and (:status is null or m.status = :status)
              and (:year is null or extract(year from m.startDate) = :year)
            """)
    Page<Meeting> search(SessionKind kind, SessionStatus status, Integer year, Pageable pageable);

    @Query("""
            select m from Meeting m
            where (:kind is null or m.kind = :kind) and (:status is null or m.status = :status)
              and (:year is null or extract(year from m.startDate) = :year)
              and exists (select 1 from Participant p where p.meeting = m and p.userAccountId = :accountId)
            """)
    Page<Meeting> searchFor(long accountId, SessionKind kind, SessionStatus status, Integer year, Pageable pageable);

    List<Meeting> findByKindAndStatusNotOrderByStartDateAscIdAsc(SessionKind kind, SessionStatus status);

    List<Meeting> findByStatusNotOrderByStartDateAscIdAsc(SessionStatus status);
}
