package cn.congress.oversight.fiscal.review;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface FiscalReviewRepository extends JpaRepository<FiscalReview, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from FiscalReview r where r.id = ?1")
    Optional<FiscalReview> lockById(long id);
}
