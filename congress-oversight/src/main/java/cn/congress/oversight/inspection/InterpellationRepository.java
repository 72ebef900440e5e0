package cn.congress.oversight.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface InterpellationRepository extends JpaRepository<Interpellation, Long> {
    Optional<Interpellation> findByTopicId(long topicId);
}
