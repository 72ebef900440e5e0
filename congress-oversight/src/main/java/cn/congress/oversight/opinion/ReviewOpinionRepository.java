package cn.congress.oversight.opinion;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface ReviewOpinionRepository extends JpaRepository<ReviewOpinion, Long> {

    Optional<ReviewOpinion> findByTopicId(long topicId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ReviewOpinion o where o.id = :id")
    Optional<ReviewOpinion> lockById(long id);
}
