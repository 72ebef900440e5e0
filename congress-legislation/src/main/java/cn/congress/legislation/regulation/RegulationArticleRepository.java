package cn.congress.legislation.regulation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegulationArticleRepository extends JpaRepository<RegulationArticle, Long> {

    @Modifying
    @Query("update RegulationArticle a set a.current = false where a.regulationId = :regulationId and a.current = true")
    int retire(long regulationId);
}
