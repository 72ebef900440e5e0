package cn.congress.legislation.hearing;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface HearingRepository extends JpaRepository<Hearing, Long> {

    List<Hearing> findByBillIdOrderByHeldOnDescIdDesc(long billId);
}

interface HearingParticipantRepository extends JpaRepository<HearingParticipant, Long> {

    List<HearingParticipant> findByHearingIdOrderByIdAsc(long hearingId);
}

interface ExpertRepository extends JpaRepository<Expert, Long> {

    List<Expert> findByActiveTrueOrderByIdAsc();
}

interface ExpertInvitationRepository extends JpaRepository<ExpertInvitation, Long> {

    boolean existsByExpertIdAndConsultationId(long expertId, long consultationId);

    boolean existsByExpertIdAndHearingId(long expertId, long hearingId);
}
