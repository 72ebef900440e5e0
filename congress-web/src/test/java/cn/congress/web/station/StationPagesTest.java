package cn.congress.web.station;

import cn.congress.testsupport.SqlCounter;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The station, reception, service-case, activity and performance pages over the demo data. */
@WebIntegrationTest
class StationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private MvcResult as(String user, MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(user == null ? req : req.with(Logins.as(users, user))).andReturn();
    }

    private String page(String user, String path) throws Exception {
        MvcResult r = as(user, get(path));
        assertThat(r.getResponse().getStatus()).as(path + " as " + user).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private int status(String user, String path) throws Exception {
        return as(user, get(path)).getResponse().getStatus();
    }

    private MvcResult form(String user, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder req = post(path).with(csrf()).param("_formToken", UUID.randomUUID().toString());
        for (int i = 0; i + 1 < params.length; i += 2) {
            req.param(params[i], params[i + 1]);
        }
        return as(user, req);
    }

    private long stationOf(String manager) {
        return jdbc.queryForObject("select s.id from liaison_station s join user_account u on u.id = s.manager_account_id where u.username = ?",
                Long.class, manager);
    }

    @Test
    void everyPageOpensForItsRoles() throws Exception {
        long station = stationOf("station");
        long opinion = jdbc.queryForObject("select min(id) from constituent_opinion where station_id = ?", Long.class, station);
        long caseId = jdbc.queryForObject("select min(id) from service_case where station_id in (select id from liaison_station where district = '东城区')",
                Long.class);
        long deputy = jdbc.queryForObject("select d.id from deputy d join user_account u on u.id = d.user_account_id where u.username = 'deputy'", Long.class);
        long activity = jdbc.queryForObject("select min(activity_id) from activity_participant where deputy_id = ?", Long.class, deputy);
        for (String path : new String[]{"/stations", "/stations/" + station, "/stations/opinions", "/stations/opinions/" + opinion,
                "/stations/opinions/analysis", "/stations/opinions/new", "/stations/new", "/service-cases", "/service-cases/stats",
                "/service-cases/stats?type=PRE_LITIGATION_MEDIATION", "/service-cases/new", "/deputies/activities", "/deputies/activities/new",
                "/deputies/activities/" + activity, "/deputies/" + deputy}) {
            page("staff", path);
        }
        assertThat(page("staff", "/stations")).contains("href=\"/stations/new\"");
        assertThat(page("station", "/stations")).doesNotContain("href=\"/stations/new\"");
        assertThat(page("member", "/stations")).doesNotContain("href=\"/stations/new\"");
        assertThat(page("station", "/stations/opinions/new")).contains("登记接待");
        assertThat(as("station", get("/stations/mine")).getResponse().getRedirectedUrl()).isEqualTo("/stations/" + station);
        assertThat(page("deputy", "/deputies/me")).contains("年度履职档案").contains("生成述职报告");
        assertThat(page("unit", "/")).contains("转交本单位待答复");
        for (String path : new String[]{"/stations/opinions/export", "/stations/opinions/analysis/export?year=" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "&quarter=4"}) {
            MvcResult r = as("staff", get(path));
            assertThat(r.getResponse().getStatus()).isEqualTo(200);
            assertThat(r.getResponse().getContentType()).contains("spreadsheetml");
        }
        MvcResult docx = as("deputy", get("/deputies/" + deputy + "/report.docx"));
        assertThat(docx.getResponse().getStatus()).isEqualTo(200);
        assertThat(docx.getResponse().getContentType()).contains("wordprocessingml");
        assertThat(status("dep002", "/deputies/" + deputy + "/report.docx")).isEqualTo(404);
    }

    @Test
    void residentsStayOffPublicPagesAndOutOfOtherStations() throws Exception {
        String publicStations = page(null, "/public/stations");
        assertThat(publicStations).contains("东城区朝阳街道人大代表之家").contains("近期接待日").doesNotContain("居民").doesNotContain("139");
        String publicDeputies = page(null, "/public/deputies");
        assertThat(publicDeputies).contains("代表履职情况").doesNotContain("1380000");
        assertThat(page(null, "/public")).contains("/public/stations");

        long station = stationOf("station");
        long opinion = jdbc.queryForObject("select min(id) from constituent_opinion where station_id = ? and resident_name is not null", Long.class, station);
        String fullName = jdbc.queryForObject("select resident_name from constituent_opinion where id = ?", String.class, opinion);
        String list = page("station", "/stations/opinions");
        assertThat(list).doesNotContain(fullName);
        String detail = page("station", "/stations/opinions/" + opinion);
        assertThat(detail).doesNotContain(fullName).contains("查看完整信息");
        assertThat(status("station2", "/stations/opinions/" + opinion)).isEqualTo(404);
        assertThat(status("station2", "/stations/opinions/99999999")).isEqualTo(404);
        assertThat(page("station2", "/stations/opinions")).doesNotContain("/stations/opinions/" + opinion + "\"");
        MvcResult reveal = form("station", "/stations/opinions/" + opinion + "/resident");
        assertThat(reveal.getResponse().getContentAsString()).contains(fullName);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONAL_DATA_VIEW' and target_id = ? and actor_username = 'station'",
                Long.class, String.valueOf(opinion))).isPositive();
        assertThat(form("station2", "/stations/opinions/" + opinion + "/resident").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anOrganSeesOnlyItsOwnTransfers() throws Exception {
        Long unitOrg = jdbc.queryForObject("select org_unit_id from user_account where username = 'unit'", Long.class);
        long mine = jdbc.queryForObject("select min(id) from constituent_opinion where transfer_org_id = ?", Long.class, unitOrg);
        long other = jdbc.queryForObject("select min(id) from constituent_opinion where transfer_org_id <> ?", Long.class, unitOrg);
        long kept = jdbc.queryForObject("select min(id) from constituent_opinion where transfer_org_id is null", Long.class);
        assertThat(page("unit", "/stations/opinions/" + mine)).contains("群众意见");
        assertThat(status("unit", "/stations/opinions/" + other)).isEqualTo(404);
        assertThat(status("unit", "/stations/opinions/" + kept)).isEqualTo(404);
        String list = page("unit", "/stations/opinions");
        assertThat(list).doesNotContain("/stations/opinions/" + other + "\"").doesNotContain("/stations/opinions/" + kept + "\"");
        assertThat(status("unit", "/service-cases")).isEqualTo(403);
    }

    @Test
    void aReceptionFormRefusesBadInputBesideTheFieldsAndSavesAGoodOne() throws Exception {
        long station = stationOf("station");
        MvcResult bad = form("deputy", "/stations/opinions/new", "stationId", String.valueOf(station), "receivedOn",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString(), "content", "", "category", "", "residentContact", "abc");
        String html = bad.getResponse().getContentAsString();
        assertThat(html).contains("请填写群众反映的意见").contains("请选择意见分类").contains("接待日期不能晚于今天").contains("联系方式只能填写电话号码");
        MvcResult good = form("deputy", "/stations/opinions/new", "stationId", String.valueOf(station), "receivedOn",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "content", "网页测试：小区停车难", "category", "TRAFFIC");
        String target = good.getResponse().getRedirectedUrl();
        assertThat(target).matches("/stations/opinions/\\d+");
        long id = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        SqlCounter.reset();
        page("deputy", target);
        assertThat(SqlCounter.count()).as("statements of the opinion page").isLessThanOrEqualTo(12);
        assertThat(jdbc.queryForObject("select status from constituent_opinion where id = ?", String.class, id)).isEqualTo("RECEIVED");
    }

    @Test
    void aClosedCaseRefusesEditsAndAStaleFormIsToldSo() throws Exception {
        long closed = jdbc.queryForObject("select min(id) from service_case where status = 'CLOSED'", Long.class);
        long version = jdbc.queryForObject("select version from service_case where id = ?", Long.class, closed);
        MvcResult r = form("staff", "/service-cases/" + closed + "/edit", "version", String.valueOf(version), "type", "PETITION_AGENCY",
                "stationId", "1", "title", "改", "summary", "改", "receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        assertThat(r.getResponse().getContentAsString() + r.getFlashMap().get("error")).contains("已办结");
        String page = page("staff", "/service-cases/" + closed);
        assertThat(page).contains("不得干预具体司法案件").contains("案件已办结，不能再修改").doesNotContain("id=\"edit-case\"");

        long open = jdbc.queryForObject("select min(id) from service_case where status <> 'CLOSED'", Long.class);
        long v = jdbc.queryForObject("select version from service_case where id = ?", Long.class, open);
        String type = jdbc.queryForObject("select type from service_case where id = ?", String.class, open);
        String stationId = jdbc.queryForObject("select station_id::text from service_case where id = ?", String.class, open);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        MvcResult first = form("staff", "/service-cases/" + open + "/edit", "version", String.valueOf(v), "type", type, "stationId", stationId,
                "title", "第一次修改", "summary", "摘要", "receivedOn", today);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/service-cases/" + open);
        MvcResult stale = form("staff", "/service-cases/" + open + "/edit", "version", String.valueOf(v), "type", type, "stationId", stationId,
                "title", "第二次修改", "summary", "摘要", "receivedOn", today);
        assertThat(stale.getResponse().getContentAsString()).contains("该记录已被他人修改");
        assertThat(jdbc.queryForObject("select title from service_case where id = ?", String.class, open)).isEqualTo("第一次修改");
    }
}
