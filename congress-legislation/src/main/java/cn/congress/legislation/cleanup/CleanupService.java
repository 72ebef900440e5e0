package cn.congress.legislation.cleanup;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.legislation.regulation.Regulation;
import cn.congress.legislation.regulation.RegulationService;
import cn.congress.legislation.support.LegislationAccess;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 法规清理 campaigns and their report. */
@Service
@RequiredArgsConstructor
@Transactional
public class CleanupService {

    private final CleanupCampaignRepository campaigns;
    private final CleanupItemRepository items;
    private final RegulationService regulations;

    /** The campaign's report: decisions counted and grouped. */
    public record Report(CleanupCampaign campaign, List<CleanupItem> items, Map<CleanupDecision, List<CleanupItem>> byDecision) {

        public int count(CleanupDecision d) {
            return byDecision.getOrDefault(d, List.of()).size();
        }
    }

    @Transactional(readOnly = true)
    public List<CleanupCampaign> campaigns() {
        LegislationAccess.requireReader(Caller.current());
        return campaigns.findAllByOrderByYearDescIdDesc();
    }

    @Transactional(readOnly = true)
    public Report report(long id) {
        LegislationAccess.requireReader(Caller.current());
        CleanupCampaign c = campaign(id);
        List<CleanupItem> list = items.findByCampaign(id);
        Map<CleanupDecision, List<CleanupItem>> by = new EnumMap<>(CleanupDecision.class);
        for (CleanupDecision d : CleanupDecision.values()) {
            by.put(d, list.stream().filter(i -> i.getDecision() == d).toList());
        }
        return new Report(c, list, by);
    }

    public CleanupCampaign create(String title, int year, String basis) {
        LegislationAccess.requireStaff(Caller.current());
        return campaigns.save(new CleanupCampaign(title, year, basis));
    }

    /** Records (or changes) the decision on one regulation. */
    public CleanupItem decide(long campaignId, long regulationId, CleanupDecision decision, String reason) {
        LegislationAccess.requireStaff(Caller.current());
        CleanupCampaign c = campaign(campaignId);
        c.requireOpen();
        Regulation r = regulations.get(regulationId);
        CleanupItem item = items.findByCampaignIdAndRegulationId(campaignId, regulationId).orElse(null);
        if (item == null) {
            return items.save(new CleanupItem(c, r, decision, reason));
        }
        item.decide(decision, reason);
        return item;
    }

    public CleanupCampaign close(long campaignId, LocalDate on, String conclusion) {
        LegislationAccess.requireStaff(Caller.current());
        CleanupCampaign c = campaign(campaignId);
        c.close(on, conclusion);
        return c;
    }

    private CleanupCampaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("法规清理", id));
    }
}
