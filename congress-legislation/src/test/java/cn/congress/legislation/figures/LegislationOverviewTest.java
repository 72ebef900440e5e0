package cn.congress.legislation.figures;

import cn.congress.legislation.bill.BillKind;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.BillStatus;
import cn.congress.testsupport.ActAsSystem;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CongressTest
@ExtendWith(ActAsSystem.class)
class LegislationOverviewTest {

    @Autowired
    LegislationOverview overviews;
    @Autowired
    BillService bills;
    @Autowired
    JdbcTemplate jdbc;

    private static long drafting(LegislationOverview.Overview o) {
        return o.billsByStatus().getOrDefault(BillStatus.DRAFTING, 0L);
    }

    @Test
    void theCardIsKeptUntilABillAFilingOrARuleChangesByAnyPath() {
        LegislationOverview.Overview first = overviews.overview();
        assertThat(overviews.overview()).as("unchanged: the kept figures").isSameAs(first);

        long id = bills.create(new BillService.BillDetails("示例市养犬管理条例（草案）", BillKind.NEW, null, null, "市人民政府", "市公安局",
                "王主任", "李副市长")).getId();
        LegislationOverview.Overview created = overviews.overview();
        assertThat(drafting(created)).isEqualTo(drafting(first) + 1);

        // plain SQL, as another instance or a migration would write: seen at once
        jdbc.update("update bill set status = 'SUBMITTED' where id = ?", id);
        assertThat(drafting(overviews.overview())).isEqualTo(drafting(first));

        LegislationOverview.Overview before = overviews.overview();
        jdbc.update("update filing_review set status = status where false");
        assertThat(overviews.overview()).as("a filing review changed").isNotSameAs(before);
        LegislationOverview.Overview beforeRule = overviews.overview();
        jdbc.update("update rule_value set rule_key = rule_key where false");
        assertThat(overviews.overview()).as("a rule value changed (the approval window)").isNotSameAs(beforeRule);
    }
}
