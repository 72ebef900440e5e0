package cn.congress.deputies.livelihood;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ProjectRepository extends JpaRepository<LivelihoodProject, Long> {

    @Query("select p from LivelihoodProject p join fetch p.programme where p.id = ?1")
    Optional<LivelihoodProject> findWithProgramme(long id);

    @Query("select p from LivelihoodProject p where p.programme.id = ?1 order by p.id")
    List<LivelihoodProject> findByProgramme(long programmeId);

    @Query("select p from LivelihoodProject p where p.programme.id = ?1 and p.status in ?2 order by p.id")
    List<LivelihoodProject> findByProgrammeAndStatusIn(long programmeId, Collection<ProjectStatus> statuses);

    @Query("select p from LivelihoodProject p join fetch p.programme where p.proposerAccountId = ?1 order by p.id desc")
    List<LivelihoodProject> findByProposer(long accountId);

    @Query("select p from LivelihoodProject p join fetch p.programme where p.responsibleOrgId = ?1 and p.status in ?2 order by p.programme.year desc, p.id")
    List<LivelihoodProject> findByOrgan(long orgId, Collection<ProjectStatus> statuses);

    @Query("select p from LivelihoodProject p join fetch p.programme where p.receiptCode = ?1")
    Optional<LivelihoodProject> findByReceiptCode(String code);

    @Query("select p from LivelihoodProject p join fetch p.programme pr where p.status in ?1 and pr.level = ?2 order by pr.year desc, p.id")
    List<LivelihoodProject> findPublished(Collection<ProjectStatus> statuses, Level level);
}
