package cn.congress.oversight.opinion;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface HandlingReportRepository extends JpaRepository<HandlingReport, Long> {

    Optional<HandlingReport> findByOpinionIdAndRound(long opinionId, int round);

    List<HandlingReport> findByOpinionIdOrderByRound(long opinionId);
}
