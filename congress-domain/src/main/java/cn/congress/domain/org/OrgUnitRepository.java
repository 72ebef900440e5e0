package cn.congress.domain.org;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select o from OrgUnit o left join fetch o.parent order by o.sortOrder, o.id")
    List<OrgUnit> findAllOrdered();

    @Query("select o from OrgUnit o where o.active = true and o.type in :types order by o.sortOrder, o.id")
    List<OrgUnit> findActiveByTypes(Collection<OrgType> types);

    long countByParentId(Long parentId);
}
