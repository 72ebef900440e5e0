package cn.congress.legislation.filing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface FilingReviewRepository extends JpaRepository<FilingReview, Long> {

    /**
     * With {@code due}, only filings whose running deadline falls in [from, before): the bounds are given as receipt dates
     * for the formal check and the active review, and as correction deadlines for the maker's answer.
     */
    @Query("""
            select f from FilingReview f
            where (:status is null or f.status = :status)
              and (:organ is null or f.filingOrgan = :organ)
              and (:year is null or year(f.receivedOn) = :year)
              and (:q is null or f.documentTitle like concat('%', cast(:q as string), '%'))
              and (:due = false
                   or (f.status = cn.congress.legislation.filing.FilingStatus.RECEIVED
                       and f.receivedOn >= :formalFrom and f.receivedOn < :formalBefore)
                   or (f.status = cn.congress.legislation.filing.FilingStatus.UNDER_REVIEW
                       and f.receivedOn >= :activeFrom and f.receivedOn < :activeBefore)
                   or (f.status = cn.congress.legislation.filing.FilingStatus.CORRECTION_REQUESTED
                       and f.correctionDeadline >= :answerFrom and f.correctionDeadline < :answerBefore))
            """)
    Page<FilingReview> page(FilingStatus status, String organ, Integer year, String q, boolean due,
                            LocalDate formalFrom, LocalDate formalBefore, LocalDate activeFrom, LocalDate activeBefore,
                            LocalDate answerFrom, LocalDate answerBefore, Pageable pageable);

    long countByStatusNot(FilingStatus status);

    @Query("select distinct f.filingOrgan from FilingReview f order by f.filingOrgan")
    List<String> organs();

    @Query("select year(f.receivedOn), count(f), sum(case when f.finding = cn.congress.legislation.filing.FilingFinding.PROBLEM then 1 else 0 end) from FilingReview f group by year(f.receivedOn) order by 1")
    List<Object[]> countByYear();

    @Query("select f.filingOrgan, count(f) from FilingReview f where (:year is null or year(f.receivedOn) = :year) group by f.filingOrgan order by 2 desc, 1")
    List<Object[]> countByOrgan(Integer year);
}
