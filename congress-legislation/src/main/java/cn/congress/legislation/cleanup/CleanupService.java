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

    /** A campaign as its pages show it. */
    public record CampaignRow(long id, String title, int year, String basis, boolean closed, LocalDate closedOn, String conclusion) {

        static CampaignRow of(CleanupCampaign c) {
            return new CampaignRow(c.getId(), c.getTitle(), c.getYear(), c.getBasis(), c.isClosed(), c.getClosedOn(), c.getConclusion());
        }
    }

    /** One regulation's decision in a campaign. */
    public record ItemRow(long regulationId, String regulationTitle, CleanupDecision decision, String reason) {
    }

    /** The campaign's report: decisions counted and grouped. */
    public record Report(CampaignRow campaign, List<ItemRow> items, Map<CleanupDecision, List<ItemRow>> byDecision) {

        public int count(CleanupDecision d) {
            return byDecision.getOrDefault(d, List.of()).size();
        }
    }

    @Transactional(readOnly = true)
    public List<CampaignRow> campaigns() {
        LegislationAccess.requireReader(Caller.current());
        return campaigns.findAllByOrderByYearDescIdDesc().stream().map(CampaignRow::of).toList();
    }

    @Transactional(readOnly = true)
    public Report report(long id) {
        LegislationAccess.requireReader(Caller.current());
        CleanupCampaign c = campaign(id);
        List<ItemRow> list = items.findByCampaign(id).stream()
                .map(i -> new ItemRow(i.getRegulation().getId(), i.getRegulation().getTitle(), i.getDecision(), i.getReason())).toList();
        Map<CleanupDecision, List<ItemRow>> by = new EnumMap<>(CleanupDecision.class);
        for (CleanupDecision d : CleanupDecision.values()) {
            by.put(d, list.stream().filter(i -> i.decision() == d).toList());
        }
        return new Report(CampaignRow.of(c), list, by);
    }

    /** Starts a campaign; returns its id. */
    public long create(String title, int year, String basis) {
        LegislationAccess.requireStaff(Caller.current());
        return campaigns.save(new CleanupCampaign(title, year, basis)).getId();
    }

    /** Records (or changes) the decision on one regulation. */
    public void decide(long campaignId, long regulationId, CleanupDecision decision, String reason) {
        LegislationAccess.requireStaff(Caller.current());
        CleanupCampaign c = campaign(campaignId);
        c.requireOpen();
        Regulation r = regulations.get(regulationId);
        CleanupItem item = items.findByCampaignIdAndRegulationId(campaignId, regulationId).orElse(null);
        if (item == null) {
            items.save(new CleanupItem(c, r, decision, reason));
        } else {
            item.decide(decision, reason);
        }
    }

    public void close(long campaignId, LocalDate on, String conclusion) {
        LegislationAccess.requireStaff(Caller.current());
        campaign(campaignId).close(on, conclusion);
    }

    private CleanupCampaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("法规清理", id));
    }
}
