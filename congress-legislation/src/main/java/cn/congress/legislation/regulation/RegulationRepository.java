package cn.congress.legislation.regulation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface RegulationRepository extends JpaRepository<Regulation, Long> {

    @Query("select r from Regulation r where (:status is null or r.status = :status) order by r.title")
    Page<Regulation> page(RegulationStatus status, Pageable pageable);

    List<Regulation> findAllByOrderByTitle();

    Optional<Regulation> findByTitle(String title);

    @Query("select r.status, count(r) from Regulation r group by r.status")
    List<Object[]> countByStatus();
}
