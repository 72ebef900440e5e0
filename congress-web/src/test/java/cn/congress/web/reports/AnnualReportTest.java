package cn.congress.web.reports;

import cn.congress.domain.figures.AnnualFigures;
import cn.congress.web.WebIntegrationTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static cn.congress.web.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year in figures over two years that nothing else in the demo data touches (2030 and 2031), with records on both
 * sides of the new year in Beijing time. Each expected number is what the test itself inserted, not a second run of
 * the source's query.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AnnualFigures figures;

    @BeforeAll
    void recordsOnBothSidesOfTheNewYear() {
        long term = jdbc.queryForObject("select min(id) from term", Long.class);
        // Standing-committee sessions: two in 2030 (one on New Year's Eve), three in 2031 (one on New Year's Day), one
        // planned session in 2031 that did not take place and must not count.
        meeting(term, "STANDING_COMMITTEE", 901, LocalDate.of(2030, 6, 1), "CLOSED");
        meeting(term, "STANDING_COMMITTEE", 902, LocalDate.of(2030, 12, 31), "CLOSED");
        meeting(term, "STANDING_COMMITTEE", 903, LocalDate.of(2031, 1, 1), "CLOSED");
        meeting(term, "STANDING_COMMITTEE", 904, LocalDate.of(2031, 3, 1), "CLOSED");
        meeting(term, "STANDING_COMMITTEE", 905, LocalDate.of(2031, 12, 31), "IN_PROGRESS");
        meeting(term, "STANDING_COMMITTEE", 906, LocalDate.of(2031, 12, 20), "PLANNED");
        // Suggestions: 23:59:59 on 31 Dec 2030 in Beijing belongs to 2030; midnight of 1 Jan 2031 to 2031.
        suggestion("2030-12-31T15:59:59Z");
        suggestion("2030-12-31T16:00:00Z");
        suggestion("2031-07-01T02:00:00Z");
    }

    private void meeting(long term, String kind, int number, LocalDate start, String status) {
        jdbc.update("insert into meeting (term_id, kind, number, title, start_date, status, version, created_at) values (?, ?, ?, ?, ?, ?, 0, now())",
                term, kind, number, "测试第" + number + "次会议", start, status);
    }

    private void suggestion(String submittedAt) {
        jdbc.update("""
                insert into suggestion (term_id, kind, title, content, category, lead_deputy_id, delegation_id, status, submitted_at, created_at)
                select term_id, 'SUGGESTION', '年度数据测试建议', '内容', category, lead_deputy_id, delegation_id, 'SUBMITTED', ?, now()
                from suggestion where status <> 'DRAFT' order by id limit 1
                """, Timestamp.from(Instant.parse(submittedAt)));
    }

    private AnnualFigures.Row row(AnnualFigures.Report report, String key) {
        return report.sections().stream().flatMap(s -> s.rows().stream()).filter(r -> r.figure().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void eachFigureEqualsTheRecordsOfItsYearWithLastYearBeside() throws Exception {
        AnnualFigures.Report y2031 = asStaff(() -> figures.report(2031));
        assertThat(row(y2031, "self.sc-sessions").figure().value()).isEqualByComparingTo("3");
        assertThat(row(y2031, "self.sc-sessions").previous()).isEqualByComparingTo("2");
        assertThat(row(y2031, "self.sc-sessions").changeText()).isEqualTo("+1，增长50%");
        assertThat(row(y2031, "deputies.suggestions-filed").figure().value()).isEqualByComparingTo("2");
        assertThat(row(y2031, "deputies.suggestions-filed").previous()).isEqualByComparingTo("1");
        assertThat(row(y2031, "legislation.regulations-enacted").changeText()).isEqualTo("持平（上年为0）");

        List<String> sessions = asStaff(() -> figures.records("self.sc-sessions", 2031))
                .stream().map(r -> r.title()).collect(Collectors.toList());
        assertThat(sessions).containsExactly("测试第903次会议", "测试第904次会议", "测试第905次会议");
        assertThat(y2031.sections().stream().filter(s -> s.section().name().equals("SELF")).findFirst().orElseThrow().sentence())
                .contains("召开常委会会议3次");
    }

    @Test
    void aYearStillToComeIsNotAPage() throws Exception {
        mvc.perform(get("/reports/annual").param("year", "2031").with(as(users, "staff"))).andExpect(status().isNotFound());
    }

    @Test
    void staffAndMembersReadTheReportButUnitsAndDeputiesDoNot() throws Exception {
        String page = mvc.perform(get("/reports/annual").with(as(users, "staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("年度工作数据").contains("召开常委会会议").contains("同比变化").doesNotContain("??");
        mvc.perform(get("/reports/annual").with(as(users, "member"))).andExpect(status().isOk());
        mvc.perform(get("/reports/annual").with(as(users, "unit"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/annual").with(as(users, "deputy"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/annual/records").param("key", "self.sc-sessions").with(as(users, "deputy"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/annual/records").param("key", "no.such-figure").with(as(users, "staff"))).andExpect(status().isNotFound());
    }

    @Test
    void staffFollowANumberToItsRecordsAndMembersReadTheNumbersOnly() throws Exception {
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        AnnualFigures.Row counted = asStaff(() -> figures.report(year)).sections().stream().flatMap(s -> s.rows().stream())
                .filter(r -> r.link() != null && r.link().startsWith("/reports/annual/records") && r.figure().value().signum() > 0)
                .findFirst().orElseThrow();
        String key = counted.figure().key();
        String recordHref = asStaff(() -> figures.records(key, year)).get(0).href();

        String staffPage = mvc.perform(get("/reports/annual").with(as(users, "staff"))).andReturn().getResponse().getContentAsString();
        String memberPage = mvc.perform(get("/reports/annual").with(as(users, "member"))).andReturn().getResponse().getContentAsString();
        assertThat(staffPage).contains("href=\"/reports/annual/records?key=" + key + "&amp;");
        assertThat(memberPage).contains("召开常委会会议").doesNotContain("href=\"/reports/annual/records");

        String staffRecords = mvc.perform(get("/reports/annual/records").param("key", key).with(as(users, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String memberRecords = mvc.perform(get("/reports/annual/records").param("key", key).with(as(users, "member")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(staffRecords).contains("href=\"" + recordHref + "\"");
        assertThat(memberRecords).contains("figure-records").doesNotContain("href=\"" + recordHref + "\"");
    }

    @Test
    void thePublicSeesOnlyTheReleasedFigures() throws Exception {
        String page = mvc.perform(get("/public/figures")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("制定地方性法规").contains("召开常委会会议").doesNotContain("会议表决").doesNotContain("任命")
                .doesNotContain("??");
    }

    @Test
    void theWordAppendixOpensAndHoldsTheFigures() throws Exception {
        byte[] docx = mvc.perform(get("/reports/annual.docx").with(as(users, "staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("常委会工作报告数据附件").contains("立法工作").contains("召开常委会会议").contains("同比变化");
        }
    }

    @Test
    void aCachedFigureFollowsARecordAddedBehindTheApplicationsBackOnEveryInstance() throws Exception {
        // The station figures are counted once and kept (FigureSource.tables); the table's trigger evicts through NOTIFY.
        long before = row(asStaff(() -> figures.report(2032)), "deputies.opinions-received").figure().value().longValue();
        jdbc.update("insert into constituent_opinion (station_id, deputy_id, received_on, content, category, status, created_at, created_by) "
                + "select (select min(id) from liaison_station), (select min(id) from deputy), date '2032-05-01', '缓存测试', 'OTHER', "
                + "'RECEIVED', now(), 'test'");
        long deadline = System.nanoTime() + 10_000_000_000L;
        long now = before;
        while (now != before + 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = row(asStaff(() -> figures.report(2032)), "deputies.opinions-received").figure().value().longValue();
        }
        assertThat(now).as("the figure after a reception was recorded in SQL").isEqualTo(before + 1);
    }

    @Test
    void aSuggestionFiledBehindTheApplicationsBackCountsAtOnce() {
        // The suggestion figures are read from counts the database keeps in the transaction that files the suggestion.
        long before = row(asStaff(() -> figures.report(2033)), "deputies.suggestions-filed").figure().value().longValue();
        suggestion("2033-05-01T02:00:00Z");
        assertThat(row(asStaff(() -> figures.report(2033)), "deputies.suggestions-filed").figure().value().longValue()).isEqualTo(before + 1);
    }

    /** Calls the service as the staff user would, with the same principal a login puts in the session. */
    private <T> T asStaff(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserDetails staff = users.loadUserByUsername("staff");
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
