package cn.congress.domain.appointment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface AppointmentItemRepository extends JpaRepository<AppointmentItem, Long> {

    @Query("select i from AppointmentItem i join fetch i.motion where i.id = ?1")
    Optional<AppointmentItem> findWithMotion(Long id);

    /** Announced appointments not yet sworn in, for the ceremony form. */
    @Query("""
            select i from AppointmentItem i where i.status = cn.congress.domain.appointment.ItemStatus.PUBLISHED
              and i.action = cn.congress.domain.appointment.AppointmentAction.APPOINT
            order by i.decidedOn desc, i.id
            """)
    List<AppointmentItem> awaitingOath();

    /** The ceremony each sworn person of the motion swore at: pairs of item id and ceremony. */
    @Query("select s.id, c from OathCeremony c join c.swearers s where s.motion.id = ?1")
    List<Object[]> ceremoniesOfMotion(Long motionId);

    /** Earlier rejections of the same person for the same post and action, latest first. */
    @Query("""
            select i from AppointmentItem i join fetch i.motion where i.status = cn.congress.domain.appointment.ItemStatus.REJECTED
              and i.personName = ?1 and i.organ = ?2 and i.post = ?3 and i.action = ?4 order by i.decidedOn desc, i.id desc
            """)
    List<AppointmentItem> rejections(String personName, String organ, String post, AppointmentAction action);

    @Query("""
            select i from AppointmentItem i join fetch i.motion where i.status in (cn.congress.domain.appointment.ItemStatus.ADOPTED,
                cn.congress.domain.appointment.ItemStatus.PUBLISHED, cn.congress.domain.appointment.ItemStatus.SWORN_IN,
                cn.congress.domain.appointment.ItemStatus.CERTIFICATE_ISSUED)
              and i.action = cn.congress.domain.appointment.AppointmentAction.APPOINT order by i.decidedOn desc, i.id
            """)
    List<AppointmentItem> adoptedAppointments();
}
