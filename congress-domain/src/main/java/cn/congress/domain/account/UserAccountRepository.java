package cn.congress.domain.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "orgUnit")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query(value = """
            select distinct u from UserAccount u left join fetch u.orgUnit o
            where (:q is null or lower(u.username) like lower(concat('%', cast(:q as string), '%'))
                   or u.displayName like concat('%', cast(:q as string), '%'))
              and (:orgId is null or o.id = :orgId)
              and (:role is null or :role member of u.roles)
              and (:enabled is null or u.enabled = :enabled)
            """,
            countQuery = """
            select count(u) from UserAccount u left join u.orgUnit o
            where (:q is null or lower(u.username) like lower(concat('%', cast(:q as string), '%'))
                   or u.displayName like concat('%', cast(:q as string), '%'))
              and (:orgId is null or o.id = :orgId)
              and (:role is null or :role member of u.roles)
              and (:enabled is null or u.enabled = :enabled)
            """)
    Page<UserAccount> search(@Param("q") String q, @Param("orgId") Long orgId, @Param("role") Role role,
                             @Param("enabled") Boolean enabled, Pageable pageable);

    @Query("select u.id from UserAccount u where u.orgUnit.id = :orgId and u.enabled = true")
    List<Long> findEnabledIdsByOrgUnit(@Param("orgId") Long orgId);

    @Query("select u.id from UserAccount u where :role member of u.roles and u.enabled = true")
    List<Long> findEnabledIdsByRole(@Param("role") Role role);

    long countByEnabledTrue();
}
