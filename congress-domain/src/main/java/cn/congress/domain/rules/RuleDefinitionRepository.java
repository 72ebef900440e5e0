package cn.congress.domain.rules;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface RuleDefinitionRepository extends JpaRepository<RuleDefinition, String> {

    List<RuleDefinition> findAllByOrderByCategoryAscSortOrderAscKeyAsc();
}
