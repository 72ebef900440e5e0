package cn.congress.web.session;

import cn.congress.testsupport.SqlCounter;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each detail page runs a bounded number of statements, whatever the size of its record: the demo record with the
 * most rows (agenda items, persons, history, versions) costs no more than the one with the fewest, but for the few
 * statements its state adds (a bill's project, regulation, approval and filing deadlines).
 */
@WebIntegrationTest
class DetailPageStatementsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "session|/sessions/|select m.id from meeting m left join agenda_item i on i.meeting_id = m.id group by m.id order by count(i.id)|25|2",
            "vote|/sessions/votes/|select v.id from vote v left join vote_option o on o.vote_id = v.id where v.status = 'CLOSED' group by v.id order by count(o.id)|25|2",
            "vote result|/sessions/votes/{}/result|select v.id from vote v left join vote_option o on o.vote_id = v.id where v.status = 'CLOSED' group by v.id order by count(o.id)|25|2",
            "appointment motion|/appointments/|select m.id from appointment_motion m left join appointment_item i on i.motion_id = m.id group by m.id order by count(i.id)|25|2",
            "bill|/legislation/bills/|select b.id from bill b left join bill_event e on e.bill_id = b.id group by b.id order by count(e.id)|25|6",
            "plan|/legislation/plans/|select p.id from legislative_plan p left join plan_project j on j.plan_id = p.id group by p.id order by count(j.id)|25|2",
            "regulation|/legislation/regulations/|select r.id from regulation r left join regulation_version v on v.regulation_id = r.id group by r.id order by count(v.id)|25|2",
            "filing|/legislation/filings/|select f.id from filing_review f left join filing_event e on e.filing_id = f.id group by f.id order by count(e.id)|25|3"})
    void aDetailPageRunsABoundedNumberOfStatements(String page, String path, String byRows, int cap, int byState) throws Exception {
        List<Long> ids = jdbc.queryForList(byRows + ", 1", Long.class);
        assertThat(ids).as("demo records of " + page).isNotEmpty();
        long fewest = statements(path, ids.get(0));
        long most = statements(path, ids.get(ids.size() - 1));
        assertThat(most).as(page + ": statements for the largest record").isLessThanOrEqualTo(fewest + byState).isLessThan(cap);
    }

    private long statements(String path, long id) throws Exception {
        String url = path.contains("{}") ? path.replace("{}", String.valueOf(id)) : path + id;
        var staff = Logins.as(users, "staff");
        mvc.perform(get(url).with(staff)).andExpect(status().isOk()); // warm up: caches, the session
        SqlCounter.reset();
        mvc.perform(get(url).with(staff)).andExpect(status().isOk());
        return SqlCounter.count();
    }
}
