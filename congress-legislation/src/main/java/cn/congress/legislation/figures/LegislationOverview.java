package cn.congress.legislation.figures;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.SourceVersions;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.BillStatus;
import cn.congress.legislation.filing.FilingService;
import cn.congress.legislation.support.LegislationAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The legislation card of the staff's and members' dashboards: bills by status, the approvals whose statutory window
 * closes soon, open filing reviews. Three statements over bills, filings and the rules on every dashboard view, for
 * figures that change a few times a day: kept per day while none of them changed ('legislation' area,
 * {@link SourceVersions}, migration {@code V2026_12_04_1001}).
 */
@Service
public class LegislationOverview {

    /** What the card shows. */
    public record Overview(Map<BillStatus, Long> billsByStatus, List<BillService.ApprovalAlert> approvals, long openFilings) {
    }

    private final BillService bills;
    private final FilingService filings;
    private final Clock clock;
    private final SourceVersions.Kept<LocalDate, Overview> kept;

    LegislationOverview(BillService bills, FilingService filings, Clock clock, SourceVersions sourceVersions) {
        this.bills = bills;
        this.filings = filings;
        this.clock = clock;
        this.kept = sourceVersions.keep("legislation", 10);
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        LegislationAccess.requireReader(Caller.current());
        LocalDate today = LocalDate.now(clock);
        return kept.get(today, () -> new Overview(Map.copyOf(bills.countByStatus()), bills.approvalAlerts(today), filings.openCount()));
    }
}
