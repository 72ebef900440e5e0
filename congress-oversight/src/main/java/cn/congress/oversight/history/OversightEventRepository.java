package cn.congress.oversight.history;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface OversightEventRepository extends JpaRepository<OversightEvent, Long> {

    List<OversightEvent> findByTopicIdOrderByAtAscIdAsc(long topicId);

    @Query("select e from OversightEvent e where e.problemId in :problemIds order by e.at, e.id")
    List<OversightEvent> ofProblems(Collection<Long> problemIds);
}
