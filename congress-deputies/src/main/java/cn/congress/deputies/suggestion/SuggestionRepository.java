package cn.congress.deputies.suggestion;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    @Query("select s from Suggestion s join fetch s.leadDeputy join fetch s.delegation left join fetch s.leadUnit where s.id = :id")
    Optional<Suggestion> findWithHeader(long id);
}
