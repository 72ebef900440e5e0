package cn.congress.legislation.cleanup;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CleanupItemRepository extends JpaRepository<CleanupItem, Long> {

    @Query("select i from CleanupItem i join fetch i.regulation where i.campaign.id = :campaignId order by i.decision, i.regulation.title")
    List<CleanupItem> findByCampaign(long campaignId);

    Optional<CleanupItem> findByCampaignIdAndRegulationId(long campaignId, long regulationId);
}
