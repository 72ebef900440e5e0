package cn.congress.oversight.fiscal.assets;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface AssetsReportRepository extends JpaRepository<AssetsReport, Long> {

    Optional<AssetsReport> findByYear(int year);
}
