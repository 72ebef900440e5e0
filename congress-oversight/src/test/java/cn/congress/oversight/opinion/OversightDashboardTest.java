package cn.congress.oversight.opinion;

import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.OversightScenario;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.oversight.plan.TopicKind;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff dashboard's oversight card is kept until one of its tables changes, by whatever path. */
@CongressTest
class OversightDashboardTest {

    @Autowired OversightPlanService plans;
    @Autowired OpinionService opinions;
    @Autowired OpinionQueries queries;
    @Autowired OrgUnitRepository orgs;
    @Autowired UserAccountRepository accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        OversightFixture.clear();
    }

    private static long topics(OpinionViews.Dashboard d) {
        return d.topicsByStatus().values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void theCardIsKeptUntilItsDataChanges() {
        OversightScenario s = new OversightScenario(new OversightFixture(orgs, accounts), plans, opinions);
        s.asStaff();
        OpinionViews.Dashboard first = queries.dashboard(s.year);
        assertThat(queries.dashboard(s.year)).as("unchanged: the kept card").isSameAs(first);

        s.topic("关于测试看板的专项工作报告", TopicKind.SPECIAL_REPORT);
        s.asStaff();
        assertThat(topics(queries.dashboard(s.year))).isEqualTo(topics(first) + 1);

        for (String table : List.of("oversight_plan", "oversight_topic", "oversight_opinion", "oversight_problem", "org_unit")) {
            OpinionViews.Dashboard before = queries.dashboard(s.year);
            // plain SQL, as another instance would write (a statement trigger fires even when no row matches)
            jdbc.update("update " + table + " set id = id where false");
            assertThat(queries.dashboard(s.year)).as(table + " changed").isNotSameAs(before);
        }
    }
}
