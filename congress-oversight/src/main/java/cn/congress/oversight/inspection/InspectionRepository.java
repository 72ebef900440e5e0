package cn.congress.oversight.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface InspectionRepository extends JpaRepository<Inspection, Long> {
    Optional<Inspection> findByTopicId(long topicId);
}
