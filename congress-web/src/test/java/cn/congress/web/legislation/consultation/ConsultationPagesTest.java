package cn.congress.web.legislation.consultation;

import cn.congress.web.security.guard.FillTimer;
import cn.congress.web.security.guard.Captcha;
import cn.congress.domain.shared.SystemTask;
import cn.congress.legislation.consultation.CommentFilter;
import cn.congress.legislation.consultation.CommentRow;
import cn.congress.legislation.consultation.CommentTriage;
import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.ConsultationRow;
import cn.congress.testsupport.SqlCounter;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class ConsultationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ConsultationQueries queries;
    @Autowired CommentTriage triage;
    @Autowired FillTimer fillTimer;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    ConsultationRow dogs() {
        return queries.publicOpen().stream().filter(c -> c.title().contains("养犬")).findFirst().orElseThrow();
    }

    ConsultationRow weather() {
        return queries.publicReported().stream().filter(c -> c.title().contains("极端天气")).findFirst().orElseThrow();
    }

    MockHttpServletRequestBuilder comment(long id, String client, String article, String body) {
        return post("/public/drafts/" + id).with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                }).param("articleNo", article).param("body", body).param("startedAt", fillTimer.issueAt(clock.instant().minusSeconds(30)))
                .param("website", "");
    }

    long count(long consultationId) {
        Long n = jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ?", Long.class, consultationId);
        return n == null ? 0 : n;
    }

    @Test
    void thePublicReadsTheDraftCommentsOnAnArticleAndSeesTheReceiptWithTheTextEscaped() throws Exception {
        long id = dogs().id();
        String list = mvc.perform(get("/public/drafts")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("养犬管理条例").contains("极端天气应对条例");
        assertThat(mvc.perform(get("/public")).andReturn().getResponse().getContentAsString()).contains("法规草案征求意见");
        String page = mvc.perform(get("/public/drafts/" + id + "?article=3")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("目录").contains("第三条").contains("个人信息保护说明").contains("name=\"website\"")
                .contains("id=\"comment-form\"").doesNotContain("checked=\"checked\"");

        MvcResult done = mvc.perform(comment(id, "203.0.113.10", "3", "<script>alert('x')</script>建议第三条写明基层组织的职责。")
                        .param("name", "王五").param("contact", "13912345678").param("consent", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String target = done.getResponse().getRedirectedUrl();
        assertThat(target).startsWith("/public/drafts/receipt?code=");
        String receipt = mvc.perform(get(target)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(receipt).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("第三条").contains("正在研究处理中").contains("待审核")
                .doesNotContain("13912345678").doesNotContain("王五");
        String code = target.substring(target.indexOf('=') + 1);
        assertThat(jdbc.queryForObject("select consent_notice_version from draft_comment where receipt = ?", String.class, code)).isEqualTo("2026-11");

        // staff see the contact masked, approve it; the public page then shows the text, never the contact data
        long commentId = jdbc.queryForObject("select id from draft_comment where receipt = ?", Long.class, code);
        long billId = jdbc.queryForObject("select bill_id from draft_comment where id = ?", Long.class, commentId);
        String triagePage = mvc.perform(get("/legislation/bills/" + billId + "/comments?article=3").with(Logins.as(users, "staff3")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(triagePage).contains("139****5678").doesNotContain("13912345678");
        mvc.perform(post("/legislation/bills/" + billId + "/comments/" + commentId + "/approve").with(csrf()).with(Logins.as(users, "staff3")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/legislation/bills/" + billId + "/comments/" + commentId + "/decide").with(csrf()).with(Logins.as(users, "staff3"))
                .param("decision", "ADOPTED").param("reason", "已增加基层组织职责")).andExpect(status().is3xxRedirection());
        String publicPage = mvc.perform(get("/public/drafts/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(publicPage).contains("&lt;script&gt;").doesNotContain("13912345678").doesNotContain("王五").doesNotContain("139****");
        assertThat(mvc.perform(get(target)).andReturn().getResponse().getContentAsString()).contains("采纳").contains("已增加基层组织职责");
    }

    @Test
    void badInputKeepsWhatWasTypedAndNothingIsStored() throws Exception {
        long id = dogs().id();
        long before = count(id);
        String tooLong = "长".repeat(2001);
        String page = mvc.perform(comment(id, "203.0.113.20", "2", tooLong)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("意见内容不能超过2000字").contains(tooLong);
        // the message is tied to its field for a screen reader (WCAG 1.3.1, 3.3.1), not only shown in red beside it
        Matcher body = Pattern.compile("<textarea[^>]*id=\"body\"[^>]*>").matcher(page);
        assertThat(body.find()).isTrue();
        assertThat(body.group()).contains("aria-invalid=\"true\"").contains("aria-describedby=\"body-help body-error\"");
        assertThat(page).containsPattern("id=\"body-error\"[^>]*>意见内容不能超过2000字");
        page = mvc.perform(comment(id, "203.0.113.20", "2", "有联系方式但未同意").param("contact", "13800000000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("须勾选同意隐私声明").contains("有联系方式但未同意").contains("13800000000");
        page = mvc.perform(comment(id, "203.0.113.20", "2", "伪造的填写时间").param("startedAt", "1." + "0".repeat(24)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("提交过快").contains("伪造的填写时间");
        // the honeypot: a script is thanked and nothing is stored
        mvc.perform(comment(id, "203.0.113.20", "2", "机器人").param("website", "http://spam.example"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(id)).isEqualTo(before);

        // the same text from the same client is stored once
        mvc.perform(comment(id, "203.0.113.21", "2", "重复提交的同一条意见")).andExpect(status().is3xxRedirection());
        mvc.perform(comment(id, "203.0.113.21", "2", "重复提交的同一条意见")).andExpect(status().is3xxRedirection());
        assertThat(count(id)).isEqualTo(before + 1);

        // a closed consultation refuses with a message
        long closed = weather().id();
        String refused = mvc.perform(comment(closed, "203.0.113.22", "1", "晚到的意见")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("不再接收意见").contains("征求意见情况反馈");
    }

    @Test
    void pastTheThresholdTheCaptchaIsAskedThenABurstIsRefusedWith429() throws Exception {
        long id = dogs().id();
        String client = "203.0.113.30";
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 3; i++) {
            mvc.perform(comment(id, client, "4", "第" + i + "条不同的意见").session(session)).andExpect(status().is3xxRedirection());
        }
        long before = count(id);
        String page = mvc.perform(comment(id, client, "4", "需要验证的意见").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请先完成验证").contains("请计算：").contains("/public/drafts/captcha.png").contains("需要验证的意见");
        assertThat(count(id)).isEqualTo(before);
        assertThat(mvc.perform(get("/public/drafts/captcha.png").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentType()).isEqualTo("image/png");
        Captcha.Challenge challenge = (Captcha.Challenge) session.getAttribute(Captcha.attribute(Captcha.PUBLIC_COMMENT));
        mvc.perform(comment(id, client, "4", "需要验证的意见").session(session).param("captcha", "99")).andExpect(status().isOk());
        challenge = (Captcha.Challenge) session.getAttribute(Captcha.attribute(Captcha.PUBLIC_COMMENT));
        mvc.perform(comment(id, client, "4", "需要验证的意见").session(session).param("captcha", String.valueOf(challenge.sum())))
                .andExpect(status().is3xxRedirection());
        assertThat(count(id)).isEqualTo(before + 1);
        // released: the next one passes without a CAPTCHA
        mvc.perform(comment(id, client, "4", "验证后的下一条意见").session(session)).andExpect(status().is3xxRedirection());

        // the bucket (10 at once) is now spent by a burst: the eleventh request in a row is refused, said in Chinese
        int refusedAt = -1;
        for (int i = 0; i < 12 && refusedAt < 0; i++) {
            MvcResult r = mvc.perform(comment(id, client, "4", "连续提交" + i).session(session)).andReturn();
            if (r.getResponse().getStatus() == 429) {
                refusedAt = i;
                assertThat(r.getResponse().getContentAsString()).contains("提交过于频繁").contains("连续提交" + i);
            }
        }
        assertThat(refusedAt).isBetween(0, 11);
        // another client is not slowed
        mvc.perform(comment(id, "203.0.113.31", "4", "另一位市民的意见")).andExpect(status().is3xxRedirection());
    }

    @Test
    void staffRunTheConsultationAndTriageWithoutNPlusOne() throws Exception {
        ConsultationRow dogs = dogs();
        var staff = Logins.as(users, "staff3");
        String detail = mvc.perform(get("/legislation/consultations/" + dogs.id()).with(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("延长期限").contains("提前结束").contains("分派基层立法联系点").contains("发布征求意见");
        assertThat(mvc.perform(get("/legislation/bills/" + dogs.billId() + "/consultations/new").with(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("不少于30日");
        assertThat(mvc.perform(get("/legislation/bills/" + dogs.billId()).with(staff)).andReturn().getResponse().getContentAsString())
                .contains("意见整理").contains(dogs.title());
        String triagePage = mvc.perform(get("/legislation/bills/" + dogs.billId() + "/comments?source=CONTACT_POINT").with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(triagePage).contains("城东街道基层立法联系点").contains("heat-");
        assertThat(statements("/legislation/bills/" + dogs.billId() + "/comments?size=40"))
                .isEqualTo(statements("/legislation/bills/" + dogs.billId() + "/comments?size=5"));
        assertThat(statements("/legislation/consultations/" + dogs.id())).isLessThanOrEqualTo(12);

        // group two comments and decide the group
        List<CommentRow> two = SystemTask.call(() -> triage.list(dogs.billId(),
                new CommentFilter(dogs.id(), 7, null, null, null, null, null, true, null, null), PageRequest.of(0, 2)).getContent());
        mvc.perform(post("/legislation/bills/" + dogs.billId() + "/comments/group").with(csrf()).with(staff)
                .param("ids", String.valueOf(two.get(0).id()), String.valueOf(two.get(1).id())).param("title", "关于限养"))
                .andExpect(status().is3xxRedirection());
        long group = jdbc.queryForObject("select group_id from draft_comment where id = ?", Long.class, two.get(0).id());
        mvc.perform(post("/legislation/bills/" + dogs.billId() + "/comments/groups/" + group + "/decide").with(csrf()).with(staff)
                .param("decision", "NOT_ADOPTED").param("reason", "限养规定经论证确有必要")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select decision from draft_comment where group_id = ?", String.class, group)).containsOnly("NOT_ADOPTED");

        // the closed consultation's adopted opinions stand beside the changed articles of the 修改对照表
        ConsultationRow weather = weather();
        List<Long> versions = jdbc.queryForList("select id from bill_version where bill_id = ? order by stage", Long.class, weather.billId());
        String compare = mvc.perform(get("/legislation/bills/" + weather.billId() + "/compare?from=" + versions.get(0) + "&to=" + versions.get(1))
                .with(staff)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(compare).contains("据以修改的意见");
        assertThat(mvc.perform(get("/public/drafts/" + weather.id())).andReturn().getResponse().getContentAsString())
                .contains("征求意见情况反馈").contains("采纳");

        // moderation: hidden with a reason, kept in the database; members cannot triage
        long victim = two.get(0).id();
        mvc.perform(post("/legislation/bills/" + dogs.billId() + "/comments/" + victim + "/hide").with(csrf()).with(staff).param("reason", "含有广告"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select moderation || ':' || hidden_reason from draft_comment where id = ?", String.class, victim))
                .isEqualTo("HIDDEN:含有广告");
        mvc.perform(get("/legislation/bills/" + dogs.billId() + "/comments").with(Logins.as(users, "member"))).andExpect(status().isForbidden());
        mvc.perform(get("/legislation/bills/" + dogs.billId() + "/comments").with(Logins.as(users, "deputy"))).andExpect(status().isForbidden());
    }

    @Test
    void deputiesCommentFromTheirAccountsAndContactPointsSendBatchesPreviewedFirst() throws Exception {
        ConsultationRow dogs = dogs();
        String deputyPage = mvc.perform(get("/drafts/" + dogs.id()).with(Logins.as(users, "deputy"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(deputyPage).contains("以本人身份提出意见").doesNotContain("报送联系点收集的意见");
        mvc.perform(post("/drafts/" + dogs.id() + "/comments").with(csrf()).with(Logins.as(users, "deputy"))
                .param("articleNo", "5").param("body", "代表建议：电子标识免费植入。")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select source_kind || '/' || channel from draft_comment where body = '代表建议：电子标识免费植入。'", String.class))
                .isEqualTo("DEPUTY/ACCOUNT");

        var contact = Logins.as(users, "contact");
        assertThat(mvc.perform(get("/drafts").with(contact)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(dogs.title());
        assertThat(mvc.perform(get("/drafts/" + dogs.id()).with(contact)).andReturn().getResponse().getContentAsString())
                .contains("报送联系点收集的意见").doesNotContain("以本人身份提出意见");
        long before = count(dogs.id());
        String preview = mvc.perform(post("/drafts/" + dogs.id() + "/batch").with(csrf()).with(contact)
                        .param("rows[0].articleNo", "3").param("rows[0].body", "居民赞成登记免费。").param("rows[0].meeting", "社区座谈会").param("rows[0].peopleConsulted", "20")
                        .param("rows[1].articleNo", "99").param("rows[1].body", "").param("rows[1].meeting", "").param("rows[1].peopleConsulted", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("第2行：条文序号应在1至14之间").contains("第2行：请填写意见内容").contains("居民赞成登记免费。").doesNotContain("确认报送");
        assertThat(count(dogs.id())).isEqualTo(before);
        mvc.perform(post("/drafts/" + dogs.id() + "/batch").with(csrf()).with(contact).param("confirm", "1")
                .param("rows[0].articleNo", "3").param("rows[0].body", "居民赞成登记免费。").param("rows[0].meeting", "社区座谈会").param("rows[0].peopleConsulted", "20")
                .param("rows[1].articleNo", "").param("rows[1].body", "建议加强宣传。").param("rows[1].meeting", "社区座谈会").param("rows[1].peopleConsulted", "20"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(dogs.id())).isEqualTo(before + 2);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("意见");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("条文序号");
            header.createCell(1).setCellValue("意见内容");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(8);
            row.createCell(1).setCellValue("建议明确遛犬时间。");
            row.createCell(2).setCellValue("农村养犬座谈会");
            row.createCell(3).setCellValue(9);
            wb.write(xlsx);
        }
        String uploaded = mvc.perform(multipart("/drafts/" + dogs.id() + "/batch/upload")
                        .file(new MockMultipartFile("file", "意见.xlsx", "application/octet-stream", xlsx.toByteArray())).with(csrf()).with(contact))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(uploaded).contains("建议明确遛犬时间。").contains("确认报送").contains("农村养犬座谈会");
        assertThat(count(dogs.id())).isEqualTo(before + 2);

        // a contact point does not see drafts not assigned to it, and cannot reach staff pages
        mvc.perform(get("/drafts/" + weather().id()).with(contact)).andExpect(status().isNotFound());
        mvc.perform(get("/legislation/bills").with(contact)).andExpect(status().isForbidden());
    }

    @Test
    void hearingsAndTheExpertPoolFeedTheSameTriage() throws Exception {
        ConsultationRow dogs = dogs();
        var staff = Logins.as(users, "staff3");
        String page = mvc.perform(get("/legislation/bills/" + dogs.billId() + "/hearings").with(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("犬只电子标识可行性论证会").contains("支持方").contains("钱立言").contains("登记听证会或论证会");
        assertThat(mvc.perform(get("/legislation/bills/" + dogs.billId() + "/hearings").with(Logins.as(users, "member")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("犬只电子标识可行性论证会").doesNotContain("登记听证会或论证会");
        long hearing = jdbc.queryForObject("select id from hearing where title = '犬只电子标识可行性论证会'", Long.class);
        mvc.perform(post("/legislation/bills/" + dogs.billId() + "/hearings/" + hearing + "/opinions").with(csrf()).with(staff)
                .param("articleNo", "6").param("body", "论证会上提出：登记材料应当减少。").param("speaker", "某律师").param("side", "AGAINST"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select channel || '/' || hearing_side from draft_comment where body = '论证会上提出：登记材料应当减少。'", String.class))
                .isEqualTo("HEARING/AGAINST");
        String experts = mvc.perform(get("/legislation/experts?field=行政法").with(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(experts).contains("钱立言").doesNotContain("孙安然").contains("加入专家库");
        mvc.perform(post("/legislation/experts").with(csrf()).with(staff).param("name", "吴法").param("fields", "民商法")
                .param("affiliation", "示例律师协会")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/legislation/experts").with(Logins.as(users, "member"))).andReturn().getResponse().getContentAsString())
                .contains("吴法").doesNotContain("加入专家库");
    }

    private long statements(String path) throws Exception {
        var login = Logins.as(users, "staff3");
        mvc.perform(get(path).with(login)).andExpect(status().isOk());
        SqlCounter.reset();
        mvc.perform(get(path).with(login)).andExpect(status().isOk());
        return SqlCounter.count();
    }
}
