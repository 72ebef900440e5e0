package cn.congress.legislation.bill;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface BillVersionRepository extends JpaRepository<BillVersion, Long> {

    List<BillVersion> findByBillIdOrderByStage(long billId);

    Optional<BillVersion> findByBillIdAndStage(long billId, VersionStage stage);
}
