package cn.congress.legislation.consultation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findByBillIdOrderByOpensOnDescIdDesc(long billId);

    @Query("select c from Consultation c where c.status = cn.congress.legislation.consultation.ConsultationStatus.OPEN and c.closesOn >= :today and c.opensOn <= :today order by c.closesOn, c.id")
    List<Consultation> openOn(LocalDate today);

    @Query("select c from Consultation c where c.status = cn.congress.legislation.consultation.ConsultationStatus.REPORTED order by c.feedbackPublishedOn desc, c.id desc")
    List<Consultation> reported();

    @Query(value = "select c.* from consultation c join consultation_contact_point ccp on ccp.consultation_id = c.id "
            + "join contact_point cp on cp.id = ccp.contact_point_id where cp.org_unit_id = :orgUnitId order by c.closes_on desc, c.id desc", nativeQuery = true)
    List<Consultation> assignedToOrgUnit(long orgUnitId);

    @Query(value = "select count(*) > 0 from consultation_contact_point ccp join contact_point cp on cp.id = ccp.contact_point_id "
            + "where ccp.consultation_id = :consultationId and cp.org_unit_id = :orgUnitId", nativeQuery = true)
    boolean assigned(long consultationId, long orgUnitId);

    @Query(value = "select cp.id from contact_point cp where cp.org_unit_id = :orgUnitId", nativeQuery = true)
    List<Long> contactPointOfOrgUnit(long orgUnitId);
}
