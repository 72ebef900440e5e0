package cn.congress.legislation.filing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface FilingReviewRepository extends JpaRepository<FilingReview, Long> {

    @Query("""
            select f from FilingReview f
            where (:status is null or f.status = :status)
              and (:organ is null or f.filingOrgan = :organ)
              and (:year is null or year(f.receivedOn) = :year)
              and (:q is null or f.documentTitle like concat('%', cast(:q as string), '%'))
            """)
    Page<FilingReview> page(FilingStatus status, String organ, Integer year, String q, Pageable pageable);

    long countByStatusNot(FilingStatus status);

    @Query("select distinct f.filingOrgan from FilingReview f order by f.filingOrgan")
    List<String> organs();

    @Query("select year(f.receivedOn), count(f), sum(case when f.finding = cn.congress.legislation.filing.FilingFinding.PROBLEM then 1 else 0 end) from FilingReview f group by year(f.receivedOn) order by 1")
    List<Object[]> countByYear();

    @Query("select f.filingOrgan, count(f) from FilingReview f where (:year is null or year(f.receivedOn) = :year) group by f.filingOrgan order by 2 desc, 1")
    List<Object[]> countByOrgan(Integer year);
}
