package cn.congress.oversight.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface TopicDeputyRepository extends JpaRepository<TopicDeputy, Long> {

    List<TopicDeputy> findByTopicIdOrderByTookPartOnAscIdAsc(long topicId);

    Optional<TopicDeputy> findByTopicIdAndDeputyId(long topicId, long deputyId);
}
