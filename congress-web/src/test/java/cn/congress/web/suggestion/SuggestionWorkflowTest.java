package cn.congress.web.suggestion;

import cn.congress.testsupport.SqlCounter;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class SuggestionWorkflowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.congress.domain.rules.Rules rules;

    SuggestionTestSupport web;

    @BeforeEach
    void setUp() {
        web = new SuggestionTestSupport(mvc, users, jdbc);
    }

    @Test
    void fullLifecycleWithADissatisfiedSecondRound() throws Exception {
        long id = web.file("deputy", "关于完善社区菜市场布局的建议", true, "coSignerIds", String.valueOf(web.deputyIdOf("dep002")));
        web.post("dep002", "/suggestions/" + id + "/sign");
        assertThat(jdbc.queryForObject("select count(*) from suggestion_signer where suggestion_id = ? and confirmed_at is not null", Long.class, id)).isOne();

        web.acceptAndAssign(id, "unit");
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = n.recipient_id where u.username = 'unit' and n.link = ?",
                Long.class, "/suggestions/" + id)).as("the unit is told of the assignment").isOne();
        String number = jdbc.queryForObject("select assignment_number from suggestion where id = ?", String.class, id);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(number).startsWith("示人大代交〔" + today.getYear() + "〕").endsWith("号");
        assertThat(jdbc.queryForObject("select due_on from suggestion where id = ?", LocalDate.class, id)).isEqualTo(today.plusMonths(3));

        web.post("unit", "/suggestions/" + id + "/contacts", "date", today.toString(), "way", "PHONE", "content", "了解代表关注的重点");
        assertThat(web.status(id)).isEqualTo("IN_PROGRESS");
        web.post("unit", "/suggestions/" + id + "/answer", "category", "C", "answer", "受用地限制暂时无法新建。");
        assertThat(web.status(id)).isEqualTo("ANSWERED");
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = n.recipient_id where u.username = 'deputy' and n.link = ?",
                Long.class, "/suggestions/" + id)).as("the deputy is asked to evaluate").isOne();

        MvcResult dissatisfied = web.post("deputy", "/suggestions/" + id + "/evaluate", "satisfaction", "DISSATISFIED", "comment", "可以利用闲置用房");
        assertThat(SuggestionTestSupport.flashError(dissatisfied)).isNull();
        assertThat(web.status(id)).as("staff decide what follows 不满意").isEqualTo("DISSATISFIED");
        assertThat(web.page("staff2", "/suggestions/" + id)).contains("代表不满意，请研究处理").contains("可以利用闲置用房");
        assertThat(web.post("unit", "/suggestions/" + id + "/dissatisfaction", "rehandle", "true").getResponse().getStatus())
                .as("only staff decide: the role is missing").isEqualTo(403);
        long unitNotices = jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = n.recipient_id where u.username = 'unit' and n.link = ?",
                Long.class, "/suggestions/" + id);
        assertThat(SuggestionTestSupport.flashError(web.post("staff2", "/suggestions/" + id + "/dissatisfaction", "rehandle", "true", "note", "请研究利用闲置用房"))).isNull();
        assertThat(web.status(id)).isEqualTo("REHANDLING");
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = n.recipient_id where u.username = 'unit' and n.link = ?",
                Long.class, "/suggestions/" + id)).as("the unit is told to handle it again").isEqualTo(unitNotices + 1);
        assertThat(jdbc.queryForObject("select round from suggestion where id = ?", Integer.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select due_on from suggestion_round where suggestion_id = ? and number = 2", LocalDate.class, id))
                .isEqualTo(today.plusMonths(1));

        web.post("unit", "/suggestions/" + id + "/answer", "category", "B", "answer", "拟利用闲置用房改建便民菜店。",
                "promiseContent", "改建便民菜店两处", "promiseDue", today.plusMonths(2).toString());
        assertThat(web.status(id)).isEqualTo("ANSWERED");
        web.post("deputy", "/suggestions/" + id + "/evaluate", "satisfaction", "SATISFIED", "comment", "");
        assertThat(web.status(id)).as("a B-category commitment stays tracked").isEqualTo("FOLLOW_UP");

        long commitment = jdbc.queryForObject("select id from suggestion_commitment where suggestion_id = ?", Long.class, id);
        web.post("unit", "/suggestions/" + id + "/commitments/" + commitment + "/done", "note", "已开业");
        assertThat(web.status(id)).isEqualTo("CLOSED");

        web.post("staff2", "/suggestions/" + id + "/publish", "publish", "true");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/public/suggestions"))
                .andReturn().getResponse().getContentAsString()).contains("关于完善社区菜市场布局的建议").contains("拟利用闲置用房改建便民菜店。");

        List<String> steps = jdbc.queryForList("select step from suggestion_event where suggestion_id = ? order by occurred_at, id", String.class, id);
        assertThat(steps).containsSubsequence("CREATE", "SUBMIT", "SIGN", "ACCEPT", "ASSIGN", "START", "CONTACT", "ANSWER", "DISSATISFY", "REHANDLE",
                "ANSWER", "FOLLOW_UP", "COMMITMENT_DONE", "CLOSE", "PUBLISH");
        assertThat(web.page("deputy", "/suggestions/" + id)).contains("第2轮").contains("不满意，再次办理").contains("刘洋");
    }

    @Test
    void aDissatisfiedDeputyAfterTheLastRoundClosesIt() throws Exception {
        long id = web.file("dep030", "关于增设街心公园座椅的建议", true);
        web.acceptAndAssign(id, "unit2");
        int maxRounds = rules.integer("suggestion.max-rounds");
        for (int round = 1; round <= maxRounds; round++) {
            web.post("unit2", "/suggestions/" + id + "/answer", "category", "C", "answer", "第" + round + "次答复");
            web.post("dep030", "/suggestions/" + id + "/evaluate", "satisfaction", "DISSATISFIED", "comment", "仍不满意");
            if (round < maxRounds) {
                assertThat(web.status(id)).isEqualTo("DISSATISFIED");
                web.post("staff2", "/suggestions/" + id + "/dissatisfaction", "rehandle", "true");
            }
        }
        assertThat(web.status(id)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from suggestion_round where suggestion_id = ?", Long.class, id)).isEqualTo((long) maxRounds);
    }

    @Test
    void afterDissatisfactionStaffMayExplainAndCloseInsteadOfAnotherRound() throws Exception {
        long id = web.file("dep049", "关于在老城区新建停车楼的建议", true);
        web.acceptAndAssign(id, "unit3");
        web.post("unit3", "/suggestions/" + id + "/answer", "category", "C", "answer", "老城区无可用地块。");
        web.post("dep049", "/suggestions/" + id + "/evaluate", "satisfaction", "DISSATISFIED", "comment", "可以利用学校操场地下空间");
        assertThat(web.status(id)).isEqualTo("DISSATISFIED");

        assertThat(SuggestionTestSupport.flashError(web.post("staff2", "/suggestions/" + id + "/dissatisfaction", "rehandle", "false")))
                .contains("说明情况");
        assertThat(web.status(id)).isEqualTo("DISSATISFIED");
        assertThat(SuggestionTestSupport.flashError(web.post("staff2", "/suggestions/" + id + "/dissatisfaction", "rehandle", "false",
                "note", "经与规划部门研究，操场地下空间另有规划，已向代表当面说明"))).isNull();
        assertThat(web.status(id)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from suggestion_round where suggestion_id = ?", Long.class, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = n.recipient_id where u.username = 'dep049' and n.link = ?",
                Long.class, "/suggestions/" + id)).as("answer notice and the explanation").isEqualTo(2);
        assertThat(web.page("dep049", "/suggestions/" + id)).contains("不再办理：经与规划部门研究");
    }

    @Test
    void aMotionIsListedOnlyWithTheRulesNumberOfDeputies() throws Exception {
        long id = web.file("dep031", "关于制定《示例市物业管理条例》的议案", true);
        web.post("staff2", "/suggestions/" + id + "/mark-motion");
        assertThat(web.status(id)).isEqualTo("MOTION");
        int threshold = rules.integer("motion.min-deputies");

        MvcResult refused = web.post("staff2", "/suggestions/" + id + "/list-motion");
        assertThat(SuggestionTestSupport.flashError(refused)).contains(threshold + " 名以上").contains("还差 " + (threshold - 1) + " 名");
        assertThat(web.status(id)).isEqualTo("MOTION");
        assertThat(web.page("dep032", "/suggestions/" + id)).contains("还可以联名的代表").contains("确认附议");

        for (int n = 32; n < 32 + threshold - 2; n++) {
            web.post("dep0" + n, "/suggestions/" + id + "/sign");
        }
        assertThat(SuggestionTestSupport.flashError(web.post("staff2", "/suggestions/" + id + "/list-motion"))).contains("还差 1 名");
        web.post("dep045", "/suggestions/" + id + "/sign");
        MvcResult listed = web.post("staff2", "/suggestions/" + id + "/list-motion");
        assertThat(SuggestionTestSupport.flashError(listed)).isNull();
        assertThat(web.status(id)).isEqualTo("MOTION_LISTED");
    }

    @Test
    void aMotionCanBeConvertedIntoASuggestionAndDuplicatesMerged() throws Exception {
        long motion = web.file("dep033", "关于制定《示例市控制吸烟条例》的议案", true);
        web.post("staff2", "/suggestions/" + motion + "/mark-motion");
        web.post("staff2", "/suggestions/" + motion + "/convert", "remark", "主席团决定不列入议程");
        assertThat(web.status(motion)).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select kind from suggestion where id = ?", String.class, motion)).isEqualTo("SUGGESTION");

        long duplicate = web.file("dep034", "关于公共场所控烟的建议", true);
        web.post("staff2", "/suggestions/" + duplicate + "/merge", "targetId", String.valueOf(motion));
        assertThat(web.status(duplicate)).isEqualTo("MERGED");

        long returned = web.file("dep035", "关于路灯维修的意见", true);
        web.post("staff2", "/suggestions/" + returned + "/return", "reason", "请补充具体建议");
        assertThat(web.status(returned)).isEqualTo("RETURNED");
        web.post("dep035", "/suggestions/" + returned + "/edit", SuggestionTestSupport.withToken("title", "关于完善路灯维护机制的建议", "content", "建议建立路灯巡查制度",
                "category", "URBAN", "version", String.valueOf(web.version(returned))));
        web.post("dep035", "/suggestions/" + returned + "/submit");
        assertThat(web.status(returned)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select title from suggestion where id = ?", String.class, returned)).isEqualTo("关于完善路灯维护机制的建议");
    }

    @Test
    void draftsArePrivateAndSubmittedOnesCannotBeEditedByTheDeputy() throws Exception {
        long draft = web.file("deputy", "关于某事项的草稿", false);
        assertThat(web.get("dep002", "/suggestions/" + draft).getResponse().getStatus()).isEqualTo(404);
        assertThat(web.get("staff2", "/suggestions/" + draft).getResponse().getStatus()).isEqualTo(404);
        assertThat(web.get("unit", "/suggestions/" + draft).getResponse().getStatus()).isEqualTo(404);
        assertThat(web.page("deputy", "/suggestions/" + draft)).contains("关于某事项的草稿");
        assertThat(web.page("staff2", "/suggestions")).doesNotContain("关于某事项的草稿");

        web.post("deputy", "/suggestions/" + draft + "/submit");
        MvcResult edit = web.post("deputy", "/suggestions/" + draft + "/edit", SuggestionTestSupport.withToken("title", "改过的标题", "content", "改过",
                "category", "URBAN", "version", String.valueOf(web.version(draft))));
        assertThat(edit.getResponse().getContentAsString()).contains("建议已提交，不能再修改");
        assertThat(jdbc.queryForObject("select title from suggestion where id = ?", String.class, draft)).isEqualTo("关于某事项的草稿");
    }

    @Test
    void aUnitSeesAndAnswersOnlyWhatIsAssignedToItEvenWhenGuessingIds() throws Exception {
        long id = web.file("dep036", "关于住建局承办事项的建议", true);
        web.acceptAndAssign(id, "unit");

        assertThat(web.get("unit2", "/suggestions/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(web.post("unit2", "/suggestions/" + id + "/answer", "category", "A", "answer", "越权答复").getResponse().getStatus()).isEqualTo(404);
        assertThat(web.post("unit2", "/suggestions/" + id + "/contacts", "date", "2026-01-01", "way", "PHONE", "content", "x").getResponse().getStatus()).isEqualTo(404);
        assertThat(web.status(id)).isEqualTo("ASSIGNED");
        assertThat(web.page("unit2", "/suggestions")).doesNotContain("关于住建局承办事项的建议");

        long unit2 = web.orgOf("unit2");
        List<Long> all = jdbc.queryForList("select id from suggestion", Long.class);
        long max = all.stream().mapToLong(Long::longValue).max().orElse(0);
        for (long guess = 1; guess <= max + 3; guess++) {
            int status = web.get("unit2", "/suggestions/" + guess).getResponse().getStatus();
            boolean handled = jdbc.queryForObject("""
                    select count(*) from suggestion s where s.id = ? and s.published or s.id = ? and s.status in ('ASSIGNED','RETURN_REQUESTED','IN_PROGRESS','ANSWERED','REHANDLING','FOLLOW_UP','CLOSED')
                      and (s.lead_unit_id = ? or exists (select 1 from suggestion_co_unit c where c.suggestion_id = s.id and c.org_unit_id = ?))
                    """, Long.class, guess, guess, unit2, unit2) > 0;
            assertThat(status).as("unit2 opening suggestion " + guess + " (its own or a published one)").isEqualTo(handled ? 200 : 404);
        }
    }

    @Test
    void aDeputyCannotEvaluateASuggestionTheyDidNotLead() throws Exception {
        long id = web.file("dep037", "关于增加社区体育设施的建议", true, "coSignerIds", String.valueOf(web.deputyIdOf("dep038")));
        web.post("dep038", "/suggestions/" + id + "/sign");
        web.acceptAndAssign(id, "unit3");
        web.post("unit3", "/suggestions/" + id + "/answer", "category", "A", "answer", "已增设。");

        MvcResult coSigner = web.post("dep038", "/suggestions/" + id + "/evaluate", "satisfaction", "SATISFIED");
        assertThat(SuggestionTestSupport.flashError(coSigner)).contains("只有领衔代表");
        assertThat(web.post("dep039", "/suggestions/" + id + "/evaluate", "satisfaction", "SATISFIED").getResponse().getStatus()).isEqualTo(404);
        assertThat(web.post("unit3", "/suggestions/" + id + "/evaluate", "satisfaction", "SATISFIED").getResponse().getStatus()).isIn(302, 403);
        assertThat(web.status(id)).isEqualTo("ANSWERED");
        assertThat(jdbc.queryForObject("select satisfaction from suggestion where id = ?", String.class, id)).isNull();
    }

    @Test
    void invalidTransitionsAreRefusedWithAMessageAndChangeNothing() throws Exception {
        long id = web.file("dep040", "关于规范共享单车停放的建议", true);

        MvcResult assignTooEarly = web.post("staff2", "/suggestions/" + id + "/assign", "version", String.valueOf(web.version(id)),
                "leadUnitId", String.valueOf(web.orgOf("unit")), "months", "3");
        assertThat(SuggestionTestSupport.flashError(assignTooEarly)).contains("当前状态下不能执行该操作（交办）");
        assertThat(web.status(id)).isEqualTo("SUBMITTED");

        web.post("staff2", "/suggestions/" + id + "/accept");
        MvcResult answerBeforeAssignment = web.post("unit", "/suggestions/" + id + "/answer", "category", "A", "answer", "提前答复");
        assertThat(answerBeforeAssignment.getResponse().getStatus()).as("not yet assigned: the unit may not even see it").isEqualTo(404);
        assertThat(web.status(id)).isEqualTo("REGISTERED");

        web.post("staff2", "/suggestions/" + id + "/assign", "version", String.valueOf(web.version(id)), "leadUnitId", String.valueOf(web.orgOf("unit")),
                "months", "3");
        MvcResult evaluateBeforeAnswer = web.post("dep040", "/suggestions/" + id + "/evaluate", "satisfaction", "SATISFIED");
        assertThat(SuggestionTestSupport.flashError(evaluateBeforeAnswer)).isEqualTo("尚未收到承办单位的答复，不能评价");
        assertThat(web.status(id)).isEqualTo("ASSIGNED");

        MvcResult tooLong = web.post("staff2", "/suggestions/" + id + "/publish", "publish", "true");
        assertThat(SuggestionTestSupport.flashError(tooLong)).contains("答复后才能公开");
        assertThat(jdbc.queryForObject("select published from suggestion where id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    void anAnswerDeadlineBeyondTheDefaultNeedsAReasonAndTheStatutoryMaximumHolds() throws Exception {
        long id = web.file("dep041", "关于建设城市地下综合管廊的建议", true);
        web.post("staff2", "/suggestions/" + id + "/accept");
        String unit = String.valueOf(web.orgOf("unit"));
        assertThat(SuggestionTestSupport.flashError(web.post("staff2", "/suggestions/" + id + "/assign", "version", String.valueOf(web.version(id)),
                "leadUnitId", unit, "months", "5"))).contains("须说明理由");
        assertThat(SuggestionTestSupport.flashError(web.post("staff2", "/suggestions/" + id + "/assign", "version", String.valueOf(web.version(id)),
                "leadUnitId", unit, "months", "7", "extensionReason", "涉及多个部门"))).contains("1 到 6 个月");
        assertThat(web.status(id)).isEqualTo("REGISTERED");
        web.post("staff2", "/suggestions/" + id + "/assign", "version", String.valueOf(web.version(id)), "leadUnitId", unit, "months", "6",
                "extensionReason", "涉及多个部门，处理难度大");
        assertThat(jdbc.queryForObject("select due_on from suggestion where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(6));
    }

    @Test
    void staffMayExtendTheFirstDeadlineWithAReasonUpToTheStatutoryMaximum() throws Exception {
        long id = web.file("dep046", "关于推进城市更新片区统筹的建议", true);
        web.acceptAndAssign(id, "unit");
        LocalDate assigned = jdbc.queryForObject("select assigned_on from suggestion where id = ?", LocalDate.class, id);

        assertThat(SuggestionTestSupport.flashError(web.post("staff2", "/suggestions/" + id + "/extend", "version", String.valueOf(web.version(id)),
                "months", "5"))).contains("须说明理由");
        assertThat(SuggestionTestSupport.flashError(web.post("staff2", "/suggestions/" + id + "/extend", "version", String.valueOf(web.version(id)),
                "months", "7", "reason", "涉及多个片区"))).contains("法定期限");
        MvcResult ok = web.post("staff2", "/suggestions/" + id + "/extend", "version", String.valueOf(web.version(id)), "months", "5", "reason", "涉及多个片区");
        assertThat(SuggestionTestSupport.flashError(ok)).isNull();
        assertThat(jdbc.queryForObject("select due_on from suggestion where id = ?", LocalDate.class, id)).isEqualTo(assigned.plusMonths(5));
        assertThat(jdbc.queryForObject("select due_on from suggestion_round where suggestion_id = ?", LocalDate.class, id)).isEqualTo(assigned.plusMonths(5));
        assertThat(web.get("unit", "/suggestions/" + id).getResponse().getStatus()).isEqualTo(200);
        assertThat(web.post("unit", "/suggestions/" + id + "/extend", "version", String.valueOf(web.version(id)), "months", "6", "reason", "x")
                .getResponse().getStatus()).as("extending is the staff's: the role is missing").isEqualTo(403);
    }

    @Test
    void twoStaffAssigningAtOnceOneSucceedsTheOtherIsToldAndNothingIsLost() throws Exception {
        long id = web.file("dep042", "关于完善城市排水防涝体系的建议", true);
        web.post("staff2", "/suggestions/" + id + "/accept");
        String seenVersion = String.valueOf(web.version(id));

        MvcResult first = web.post("staff2", "/suggestions/" + id + "/assign", "version", seenVersion, "leadUnitId", String.valueOf(web.orgOf("unit")), "months", "3");
        MvcResult second = web.post("staff", "/suggestions/" + id + "/assign", "version", seenVersion, "leadUnitId", String.valueOf(web.orgOf("unit3")), "months", "3");

        assertThat(SuggestionTestSupport.flashError(first)).isNull();
        assertThat(SuggestionTestSupport.flashError(second)).isEqualTo("该记录已被他人修改，请刷新页面后重新操作。您的修改未保存。");
        assertThat(jdbc.queryForObject("select lead_unit_id from suggestion where id = ?", Long.class, id)).isEqualTo(web.orgOf("unit"));
        assertThat(jdbc.queryForObject("select count(*) from suggestion_round where suggestion_id = ?", Long.class, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from suggestion_event where suggestion_id = ? and step = 'ASSIGN'", Long.class, id)).isOne();
    }

    @Test
    void aDoubleClickedSubmitCreatesOneSuggestion() throws Exception {
        String token = UUID.randomUUID().toString();
        String title = "关于双击提交只产生一件建议的测试";
        String[] params = {"title", title, "content", "内容", "category", "EDUCATION", "_formToken", token};
        MvcResult first = web.post("dep043", "/suggestions/new", params);
        MvcResult second = web.post("dep043", "/suggestions/new", params);

        assertThat(jdbc.queryForObject("select count(*) from suggestion where title = ?", Long.class, title)).isOne();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
    }

    @Test
    void aUnitMayAskToBeReassignedAndStaffDecide() throws Exception {
        long id = web.file("dep044", "关于学校周边交通安全的建议", true);
        web.acceptAndAssign(id, "unit2");
        web.post("unit2", "/suggestions/" + id + "/reassignment", "reason", "属交通管理职责");
        assertThat(web.status(id)).isEqualTo("RETURN_REQUESTED");
        web.post("staff2", "/suggestions/" + id + "/reassignment/decision", "agree", "true", "leadUnitId", String.valueOf(web.orgOf("unit3")), "note", "改由交通局主办");
        assertThat(web.status(id)).isEqualTo("ASSIGNED");
        assertThat(web.get("unit2", "/suggestions/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(web.page("unit3", "/suggestions/" + id)).contains("关于学校周边交通安全的建议");
    }

    @Test
    void everyListRunsABoundedNumberOfStatementsWhateverThePageSize() throws Exception {
        for (String user : List.of("staff2", "unit", "deputy")) {
            SqlCounter.reset();
            web.page(user, "/suggestions?size=5");
            long small = SqlCounter.count();
            SqlCounter.reset();
            web.page(user, "/suggestions?size=100&category=&status=");
            long large = SqlCounter.count();
            assertThat(large).as(user + " list with 100 rows").isLessThanOrEqualTo(small).isLessThanOrEqualTo(12);
        }
        SqlCounter.reset();
        web.page("staff2", "/suggestions?overdue=true&q=建议&key=false");
        assertThat(SqlCounter.count()).isLessThanOrEqualTo(12);
    }

    @Test
    void theSuggestionPageRunsABoundedNumberOfStatements() throws Exception {
        long motion = jdbc.queryForObject("select id from suggestion where title = '关于制定《示例市养犬管理条例》的议案'", Long.class);
        long answered = jdbc.queryForObject("select id from suggestion where title = '关于建设滨河绿道慢行系统的建议'", Long.class);
        for (long id : List.of(motion, answered)) {
            for (String user : List.of("staff2", "deputy")) {
                SqlCounter.reset();
                var r = web.get(user, "/suggestions/" + id);
                assertThat(SqlCounter.count()).as(user + " opening suggestion " + id + " (" + r.getResponse().getStatus() + ")")
                        .isLessThanOrEqualTo(30);
            }
        }
    }

    @Test
    void everyPageRendersForItsRoles() throws Exception {
        assertThat(web.page("staff2", "/suggestions")).contains("代表建议跟踪").contains("超期");
        assertThat(web.page("staff2", "/suggestions/stats")).contains("按期答复率").contains("data-chart=\"pie\"");
        assertThat(web.page("staff2", "/")).contains("代表建议办理");
        assertThat(web.page("unit", "/")).contains("代表建议办理");
        assertThat(web.page("deputy", "/")).contains("我的代表建议");
        assertThat(web.page("unit", "/suggestions")).contains("本单位承办的代表建议").contains("关于加快老旧小区加装电梯的建议");
        assertThat(web.page("deputy", "/suggestions")).contains("我的代表建议").contains("关于增设社区嵌入式养老服务站的建议").contains("待评价答复");
        assertThat(web.page("deputy", "/suggestions/new")).contains("提出建议");
        assertThat(web.page("deputy", "/deputies/me")).contains("履职档案").contains("领衔提出");
        assertThat(web.page("staff2", "/suggestions?status=REHANDLING")).contains("关于改善中小学食堂条件的建议");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/public/suggestions"))
                .andReturn().getResponse().getContentAsString()).contains("关于增加城区公共厕所的建议").contains("示例市住房和城乡建设局");

        long demoId = jdbc.queryForObject("select id from suggestion where title = '关于加快老旧小区加装电梯的建议'", Long.class);
        assertThat(web.page("staff2", "/suggestions/" + demoId)).contains("重点督办").contains("老旧小区改造").contains("办理过程");
        assertThat(web.page("unit", "/suggestions/" + demoId)).contains("答复代表").contains("申请调整交办");
        assertThat(web.page("unit3", "/suggestions/" + demoId)).contains("办理（协办）").contains("协办意见");

        MvcResult export = web.get("staff2", "/suggestions/export?status=CLOSED");
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
        assertThat(web.get("unit", "/suggestions/export").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void dailyRemindersGoToTheUnitsAndTheAssigningStaff(@Autowired cn.congress.deputies.suggestion.SuggestionReminders reminders) {
        var due = reminders.remindersDue(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        long unitAccount = jdbc.queryForObject("select id from user_account where username = 'unit'", Long.class);
        long staffAccount = jdbc.queryForObject("select id from user_account where username = 'staff2'", Long.class);
        assertThat(due).anySatisfy(r -> assertThat(r.recipientIds()).contains(unitAccount));
        assertThat(due).anySatisfy(r -> {
            assertThat(r.recipientIds()).contains(staffAccount);
            assertThat(r.title()).contains("超期");
        });
    }
}
