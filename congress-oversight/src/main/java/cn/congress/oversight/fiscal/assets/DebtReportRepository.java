package cn.congress.oversight.fiscal.assets;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface DebtReportRepository extends JpaRepository<DebtReport, Long> {

    Optional<DebtReport> findByYear(int year);
}
