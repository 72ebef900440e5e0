package cn.congress.legislation.bill;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface BillEventRepository extends JpaRepository<BillEvent, Long> {

    List<BillEvent> findByBillIdOrderById(long billId);

    long countByBillIdAndStep(long billId, BillStep step);
}
