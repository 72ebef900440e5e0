package cn.congress.oversight.opinion;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ProblemItemRepository extends JpaRepository<ProblemItem, Long> {

    List<ProblemItem> findByOpinionIdOrderBySeq(long opinionId);

    @Query("select coalesce(max(p.seq), 0) from ProblemItem p where p.opinionId = :opinionId")
    int maxSeq(long opinionId);
}
