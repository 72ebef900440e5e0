package cn.congress.domain.rules;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface RuleValueRepository extends JpaRepository<RuleValue, Long> {

    List<RuleValue> findByKeyOrderByEffectiveFromDesc(String key);

    List<RuleValue> findAllByOrderByKeyAscEffectiveFromDesc();

    Optional<RuleValue> findByKeyAndEffectiveFrom(String key, LocalDate effectiveFrom);
}
