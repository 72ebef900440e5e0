package cn.congress.domain.appointment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppointmentMotionRepository extends JpaRepository<AppointmentMotion, Long> {

    @Query("""
            select m from AppointmentMotion m
            where (:status is null or m.status = :status) and (:proposer is null or m.proposer = :proposer)
              and (:q = '' or m.title like concat('%', :q, '%')
                   or exists (select 1 from AppointmentItem i where i.motion = m and i.personName like concat('%', :q, '%')))
            """)
    Page<AppointmentMotion> search(MotionStatus status, Proposer proposer, String q, Pageable pageable);
}
