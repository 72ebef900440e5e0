package cn.congress.domain.appointment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface AppointmentItemRepository extends JpaRepository<AppointmentItem, Long> {

    @Query("select i from AppointmentItem i join fetch i.motion where i.id = ?1")
    Optional<AppointmentItem> findWithMotion(Long id);

    /** Adopted appointments not yet sworn in at any ceremony, for the ceremony form. */
    @Query("""
            select i from AppointmentItem i where i.status = cn.congress.domain.appointment.ItemStatus.ADOPTED
              and i.action = cn.congress.domain.appointment.AppointmentAction.APPOINT
              and not exists (select 1 from OathCeremony c join c.swearers s where s = i)
            order by i.decidedOn desc, i.id
            """)
    List<AppointmentItem> awaitingOath();

    /** Earlier rejections of the same person for the same post and action, latest first. */
    @Query("""
            select i from AppointmentItem i join fetch i.motion where i.status = cn.congress.domain.appointment.ItemStatus.REJECTED
              and i.personName = ?1 and i.organ = ?2 and i.post = ?3 and i.action = ?4 order by i.decidedOn desc, i.id desc
            """)
    List<AppointmentItem> rejections(String personName, String organ, String post, AppointmentAction action);

    @Query("""
            select i from AppointmentItem i join fetch i.motion where i.status = cn.congress.domain.appointment.ItemStatus.ADOPTED
              and i.action = cn.congress.domain.appointment.AppointmentAction.APPOINT order by i.decidedOn desc, i.id
            """)
    List<AppointmentItem> adoptedAppointments();
}
