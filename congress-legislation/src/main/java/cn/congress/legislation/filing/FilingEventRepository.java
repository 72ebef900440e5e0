package cn.congress.legislation.filing;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FilingEventRepository extends JpaRepository<FilingEvent, Long> {

    List<FilingEvent> findByFilingIdOrderById(long filingId);
}
