package cn.congress.oversight.plan;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface OversightTopicRepository extends JpaRepository<OversightTopic, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from OversightTopic t where t.id = :id")
    Optional<OversightTopic> lockById(long id);
}
