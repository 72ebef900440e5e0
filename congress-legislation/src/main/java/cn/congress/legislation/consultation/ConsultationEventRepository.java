package cn.congress.legislation.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ConsultationEventRepository extends JpaRepository<ConsultationEvent, Long> {

    List<ConsultationEvent> findByConsultationIdOrderByIdAsc(long consultationId);
}
