package cn.congress.domain.appointment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface PostHoldingRepository extends JpaRepository<PostHolding, Long> {

    /** Who held posts matching the post and organ ('' matches any) on the day (the end date belongs to the successor). */
    @Query("""
            select h from PostHolding h
            where (:post = '' or h.post like concat('%', :post, '%'))
              and (:organ = '' or h.organ like concat('%', :organ, '%'))
              and h.startDate <= :day and (h.endDate is null or h.endDate > :day)
            order by h.organ, h.post, h.startDate
            """)
    List<PostHolding> heldOn(String post, String organ, LocalDate day);

    List<PostHolding> findByPersonNameOrderByStartDateAscIdAsc(String personName);

    Optional<PostHolding> findFirstByPersonNameAndOrganAndPostAndEndDateIsNull(String personName, String organ, String post);

    @Query("""
            select h from PostHolding h
            where (:q = '' or h.personName like concat('%', :q, '%') or h.post like concat('%', :q, '%')
                   or h.organ like concat('%', :q, '%'))
              and (:current = false or h.endDate is null)
            """)
    Page<PostHolding> search(String q, boolean current, Pageable pageable);

    List<PostHolding> findByEndDateIsNullOrderByOrganAscPostAsc();
}
