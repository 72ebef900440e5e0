package cn.congress.domain.appointment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PerformanceReportRepository extends JpaRepository<PerformanceReport, Long> {

    @Query("select r from PerformanceReport r join fetch r.holding order by r.year desc, r.id desc")
    List<PerformanceReport> findAllWithHolding();

    Optional<PerformanceReport> findByVoteId(Long voteId);

    boolean existsByHoldingIdAndYear(Long holdingId, int year);
}
