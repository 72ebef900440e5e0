package cn.congress.web.suggestion;

import cn.congress.domain.shared.CountedPage;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The counters of suggestions per status and lead unit ({@code suggestion_count}, kept by triggers) agree with a fresh
 * count after the demo data's workflow (inserts and every kind of step), after updates and deletes, and after a
 * rebuild; and the lists that read them show the exact totals of their rows.
 */
@WebIntegrationTest
class SuggestionCountsTest {

    private static final String FRESH = "select status, coalesce(lead_unit_id, 0) as unit, count(*) as n from suggestion group by 1, 2 order by 1, 2";
    private static final String KEPT = "select status, lead_unit_id as unit, n from suggestion_count where n <> 0 order by 1, 2";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theCountersAgreeWithAFreshCountThroughChangesAndRebuild() {
        assertThat(kept()).isNotEmpty().isEqualTo(fresh());
        tx.executeWithoutResult(status -> {
            // changes that move suggestions between statuses and units, and a delete, undone afterwards
            jdbc.update("update suggestion set status = 'CLOSED' where id in (select id from suggestion where status = 'IN_PROGRESS' order by id limit 2)");
            jdbc.update("update suggestion set lead_unit_id = (select min(id) from org_unit) where id = (select max(id) from suggestion where lead_unit_id is not null)");
            jdbc.update("update suggestion set title = title where id in (select id from suggestion order by id limit 3)");
            long draft = jdbc.queryForObject("insert into suggestion (term_id, kind, title, content, category, lead_deputy_id, delegation_id, status, created_at) "
                    + "select term_id, kind, '计数测试', '内容', category, lead_deputy_id, delegation_id, 'DRAFT', now() from suggestion limit 1 returning id", Long.class);
            assertThat(kept()).isEqualTo(fresh());
            jdbc.update("delete from suggestion where id = ?", draft);
            assertThat(kept()).isEqualTo(fresh());
            jdbc.execute("select suggestion_counts_rebuild()");
            assertThat(kept()).isEqualTo(fresh());
            status.setRollbackOnly();
        });
        assertThat(kept()).isEqualTo(fresh());
    }

    @Test
    void theListsShowTheExactTotalOfTheirRows() throws Exception {
        assertThat(total("staff", "/suggestions?size=5")).isEqualTo(count("select count(*) from suggestion where status <> 'DRAFT'"));
        assertThat(total("staff", "/suggestions?size=5&status=CLOSED")).isEqualTo(count("select count(*) from suggestion where status = 'CLOSED'"));
        long unitId = count("select org_unit_id from user_account where username = 'unit'");
        assertThat(total("staff", "/suggestions?size=5&unit=" + unitId))
                .isEqualTo(count("select count(*) from suggestion where status <> 'DRAFT' and lead_unit_id = " + unitId));
        long unit = count("select count(*) from suggestion s where s.status in ('ASSIGNED','RETURN_REQUESTED','IN_PROGRESS','ANSWERED',"
                + "'DISSATISFIED','REHANDLING','FOLLOW_UP','CLOSED') and (s.lead_unit_id = " + unitId
                + " or s.id in (select c.suggestion_id from suggestion_co_unit c where c.org_unit_id = " + unitId + "))");
        assertThat(total("unit", "/suggestions?size=5")).isEqualTo(unit);
        assertThat(total("staff", "/suggestions?size=5&page=100000")).as("a page past the end: its own count, no rows to carry it")
                .isEqualTo(count("select count(*) from suggestion where status <> 'DRAFT'"));
        long lastPage = (count("select count(*) from suggestion where status <> 'DRAFT'") + 4) / 5 - 1;
        assertThat(mvc.perform(get("/suggestions?size=5&page=100000").with(Logins.as(users, "staff"))).andReturn().getResponse()
                .getContentAsString()).as("上一页 of a page past the end leads to the last page")
                .containsPattern("<a class=\"page-link\" href=\"[^\"]*page=" + lastPage + "\">上一页</a>");
    }

    private long total(String user, String path) throws Exception {
        Object page = mvc.perform(get(path).with(Logins.as(users, user))).andReturn().getModelAndView().getModel().get("page");
        CountedPage<?> counted = (CountedPage<?>) page;
        assertThat(counted.isApproximate()).isFalse();
        return counted.getTotalElements();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private List<Map<String, Object>> fresh() {
        return jdbc.queryForList(FRESH);
    }

    private List<Map<String, Object>> kept() {
        return jdbc.queryForList(KEPT);
    }
}
