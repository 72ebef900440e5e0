package cn.congress.domain.rules;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface RuleValueRepository extends JpaRepository<RuleValue, Long> {

    @Query("""
            select v from RuleValue v where v.key = :key and v.effectiveFrom <= :on
            order by v.effectiveFrom desc limit 1
            """)
    Optional<RuleValue> findInForce(@Param("key") String key, @Param("on") LocalDate on);

    List<RuleValue> findByKeyOrderByEffectiveFromDesc(String key);

    List<RuleValue> findAllByOrderByKeyAscEffectiveFromDesc();

    Optional<RuleValue> findByKeyAndEffectiveFrom(String key, LocalDate effectiveFrom);
}
