package cn.congress.web.home;

import cn.congress.testsupport.SqlCounter;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of list page, statistics page and public list runs a fixed number of statements once warm, whatever the
 * number of rows it lists (the detail pages are {@code DetailPageStatementsTest}, the shell {@link ShellCostTest}).
 * A page that starts to load per row, or gains a query in its header, exceeds its bound here. The bounds are the
 * counts measured on the demo data (2026-11-28; the suggestion lists' 2026-11-29, with their totals from counters: a
 * page and its counter, since the third session of that day one statement, plus the deputy's to-do list). The annual report's bound is its uncached count (one statement per
 * figure source and year, {@code CountedRecords} included): cached sources cost less, but a notification from an
 * earlier test may evict them between the warm-up and the measured request. The dashboards' (2026-11-29) are one
 * statement per card, and for the deputy one more: the roster id, kept in {@code ReferenceData}, is read again when
 * another test's change to the deputy table evicts it meanwhile. Since 2026-11-29 (second session) the unfiltered
 * suggestion figures of the staff's and a unit's card and statistics page are kept while their tables are unchanged
 * (one version look-up instead of four passes), and a deputy's open votes and unread notifications are one statement each. Since 2026-11-29 (third session) the
 * staff card's sessions, legislation and oversight figures are kept too, and a transaction reads every area's version
 * in one statement: the staff dashboard runs that and its unread notifications. Since 2026-11-29 (fourth session) the
 * unread notifications of every dashboard are kept with the badge's count: a deputy's dashboard is four statements
 * (open votes, suggestions awaiting, opinions, activities to confirm), the staff's one.
 */
@WebIntegrationTest
class ListPageStatementsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            // user | path | bound
            "deputy|/|5",
            "staff|/|2",
            "unit|/|6",
            "staff|/suggestions|1",
            "staff|/suggestions?status=IN_PROGRESS&size=5|1",
            "staff|/suggestions?page=1&size=5|1",
            "unit|/suggestions|1",
            "deputy|/suggestions|2",
            "staff|/suggestions/stats|3",
            "staff|/suggestions/stats?year=2026&phase=RECESS|6",
            "unit|/suggestions/stats|3",
            "staff|/deputies|7",
            "staff|/stations|3",
            "staff|/stations/opinions|2",
            "staff|/stations/opinions/analysis|5",
            "staff|/service-cases|3",
            "staff|/service-cases/stats|4",
            "staff|/deputies/activities|2",
            "staff|/sessions|2",
            "staff|/sessions/votes|2",
            "staff|/sessions/members|4",
            "staff|/appointments|1",
            "staff|/appointments/registry|1",
            "staff|/appointments/oaths|2",
            "staff|/appointments/reports|3",
            "staff|/legislation/plans|1",
            "staff|/legislation/bills|1",
            "staff|/legislation/regulations|2",
            "staff|/legislation/cleanups|1",
            "staff|/legislation/evaluations|1",
            "staff|/legislation/filings|4",
            "staff|/drafts|2",
            "staff|/legislation/experts|3",
            "staff|/oversight|5",
            "staff|/oversight/plans|1",
            "staff|/oversight/topics|3",
            "staff|/oversight/opinions|3",
            "staff|/oversight/problems|4",
            "staff|/oversight/proposals|5",
            "staff|/livelihood|6",
            "unit4|/livelihood/organ|2",
            "staff|/reports/annual|17",
            "admin|/admin/users|4",
            "admin|/admin/orgs|1",
            "admin|/admin/rules|2",
            "secadmin|/admin/roles|3",
            "auditor|/admin/audit|3",
            "-|/public/suggestions|1",
            "-|/public/regulations|1",
            "-|/public/stations|4",
            "-|/public/livelihood|6",
            "-|/public/figures|17"})
    void aListPageRunsABoundedNumberOfStatements(String user, String path, int bound) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (!"-".equals(user)) {
            request = request.with(Logins.as(users, user));
        }
        mvc.perform(request).andExpect(status().isOk()); // warm: reference data, rules, the unread badge
        SqlCounter.reset();
        mvc.perform(request).andExpect(status().isOk());
        long statements = SqlCounter.count();
        System.out.printf("[statements] %-10s %-50s %d%n", user, path, statements);
        assertThat(statements).as(user + " " + path).isLessThanOrEqualTo(bound);
    }
}
