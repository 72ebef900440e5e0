package cn.congress.legislation.cleanup;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CleanupCampaignRepository extends JpaRepository<CleanupCampaign, Long> {

    List<CleanupCampaign> findAllByOrderByYearDescIdDesc();
}
