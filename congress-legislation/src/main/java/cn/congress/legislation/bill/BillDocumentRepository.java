package cn.congress.legislation.bill;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface BillDocumentRepository extends JpaRepository<BillDocument, Long> {

    List<BillDocument> findByBillIdOrderById(long billId);
}
