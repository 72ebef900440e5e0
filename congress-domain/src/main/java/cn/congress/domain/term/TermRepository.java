package cn.congress.domain.term;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface TermRepository extends JpaRepository<Term, Long> {

    Optional<Term> findFirstByCurrentTrue();

    Optional<Term> findByNumber(int number);

    List<Term> findAllByOrderByNumberDesc();
}
