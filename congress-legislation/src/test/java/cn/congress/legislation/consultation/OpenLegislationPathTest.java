package cn.congress.legislation.consultation;

import cn.congress.domain.account.Role;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.legislation.bill.BillKind;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.VersionStage;
import cn.congress.legislation.contactpoint.ContactPointService;
import cn.congress.legislation.hearing.HearingKind;
import cn.congress.legislation.hearing.HearingService;
import cn.congress.legislation.hearing.HearingSide;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
class OpenLegislationPathTest {

    static final String TEXT = """
            示例市测试条例（草案）

            第一条　为了测试，制定本条例。
            第二条　本条例适用于本市。
            第三条　养犬人应当为犬只办理登记。
            第四条　本条例自公布之日起施行。
            """;

    @Autowired BillService bills;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationQueries queries;
    @Autowired CommentIntake intake;
    @Autowired CommentTriage triage;
    @Autowired ContactPointService contactPoints;
    @Autowired HearingService hearings;
    @Autowired PhoneVerifications phones;
    @Autowired OrgUnitRepository orgUnits;
    @Autowired JdbcTemplate jdbc;
    @Autowired cn.congress.domain.shared.FieldCipher cipher;

    @AfterEach
    void clear() {
        Acting.anonymous();
    }

    long[] billWithVersion() {
        Acting.staff();
        var bill = bills.create(new BillService.BillDetails("示例市测试条例（草案）" + System.nanoTime(), BillKind.NEW, null, null, "市人民政府",
                "市司法局", null, null));
        var v = bills.saveVersion(bill.getId(), VersionStage.FIRST_READING, TEXT, null);
        return new long[]{bill.getId(), v.getId()};
    }

    long open(long[] bv, IdentityMode mode) {
        Acting.staff();
        return consultations.open(bv[0], bv[1], new ConsultationService.Opening("示例市测试条例（草案）征求意见", "起草说明：为了测试。",
                "第三条是否合理？\n罚款幅度是否适当？", EnumSet.allOf(CommentChannel.class), mode, "涉及公众切身利益", null, null));
    }

    PublicComment comment(Integer article, String body, String client) {
        return new PublicComment(article, null, body, null, null, false, client, null);
    }

    @Test
    void wholePathFromOpeningToFeedbackAndReceipt() {
        long[] bv = billWithVersion();
        long id = open(bv, IdentityMode.ANONYMOUS_PREMODERATED);
        ConsultationView staffView = queries.view(id);
        assertThat(staffView.closesOn()).isEqualTo(staffView.opensOn().plusDays(29));
        assertThat(staffView.questions()).hasSize(2);
        assertThat(staffView.can("EXTEND")).isTrue();
        assertThat(staffView.can("PUBLISH_FEEDBACK")).isFalse();

        // the public, without an account, on article 3, with contact data and consent
        Acting.anonymous();
        Receipt publicReceipt = intake.submitPublic(id, new PublicComment(3, null, "建议第三条增加免费登记的规定。", "张三", "13800001234", true,
                "10.0.0.1", null));
        assertThat(publicReceipt.code()).hasSize(10);
        assertThat(queries.publicView(id).count(3)).isZero();   // pre-moderated: not public yet

        // a deputy from the account
        Acting.as(501, "李代表", null, Role.DEPUTY);
        intake.submitFromAccount(id, 2, "建议明确适用范围包括农村地区。");

        // a contact point in bulk
        Acting.staff();
        OrgUnit unit = orgUnits.save(new OrgUnit("测试街道基层立法联系点" + System.nanoTime(), "联系点", "CP-" + System.nanoTime(), OrgType.OTHER, null, 1));
        long cp = contactPoints.register("测试街道基层立法联系点", unit.getId(), "测试街道办事处", "王联络", "测试路1号");
        consultations.assignContactPoints(id, Set.of(cp));
        Acting.as(601, "联系点账号", unit.getId(), Role.CONTACT_POINT);
        assertThat(queries.forAccount()).extracting(ConsultationRow::id).contains(id);
        assertThat(intake.checkBatch(id, List.of(new CommentIntake.BatchRow(9, "", "", 0)))).hasSize(4);
        assertThatThrownBy(() -> intake.submitBatch(id, List.of(new CommentIntake.BatchRow(1, "好", "座谈会", 5),
                new CommentIntake.BatchRow(99, "坏", "座谈会", 5)))).isInstanceOf(DomainException.class).hasMessageContaining("第2行");
        assertThat(intake.submitBatch(id, List.of(new CommentIntake.BatchRow(3, "居民普遍赞成第三条。", "11月社区座谈会", 12),
                new CommentIntake.BatchRow(null, "建议加强宣传。", "11月社区座谈会", 12)))).hasSize(2);

        // an invited expert
        Acting.staff();
        long expert = hearings.addExpert("钱教授", "行政法、动物保护", "示例大学法学院", "教授");
        assertThatThrownBy(() -> hearings.recordExpertOpinion(id, expert, 3, "意见")).isInstanceOf(DomainException.class);
        hearings.invite(expert, id);
        hearings.recordExpertOpinion(id, expert, 3, "第三条应与上位法的登记规定衔接。");
        long hearing = hearings.hold(bv[0], bv[1], HearingKind.DEMONSTRATION, "养犬登记论证会", LocalDate.now(), "常委会机关", "记录");
        hearings.addParticipant(hearing, "钱教授", "示例大学", HearingSide.NEUTRAL, expert);
        hearings.recordOpinion(hearing, 3, "登记费应当免除。", "钱教授", HearingSide.FOR, expert);
        assertThat(hearings.forBill(bv[0])).singleElement().satisfies(h -> assertThat(h.opinions()).isEqualTo(1));

        // triage: filter by article, group, decide the group
        var onArticle3 = triage.list(bv[0], new CommentFilter(null, 3, null, null, null, null, null, null, null, null), PageRequest.of(0, 20));
        assertThat(onArticle3.getTotalElements()).isEqualTo(4);
        assertThat(onArticle3.getContent()).extracting(CommentRow::sourceKind).contains(SourceKind.PUBLIC, SourceKind.CONTACT_POINT, SourceKind.EXPERT);
        assertThat(onArticle3.getContent()).filteredOn(r -> r.sourceKind() == SourceKind.PUBLIC).singleElement()
                .satisfies(r -> assertThat(r.maskedContact()).isEqualTo("138****1234"));
        long publicId = onArticle3.getContent().stream().filter(r -> r.sourceKind() == SourceKind.PUBLIC).findFirst().orElseThrow().id();
        triage.approve(bv[0], publicId);
        long group = triage.group(bv[0], onArticle3.getContent().stream().map(CommentRow::id).toList(), null, "关于免费登记");
        assertThat(triage.decideGroup(bv[0], group, Decision.ADOPTED, "已在第三条增加免费登记规定")).isEqualTo(4);
        assertThat(triage.list(bv[0], new CommentFilter(null, null, null, null, null, null, Decision.ADOPTED, null, null, null), PageRequest.of(0, 20))
                .getTotalElements()).isEqualTo(4);
        assertThat(triage.adoptedByArticle(bv[0], bv[1])).containsKey("第三条");
        assertThat(queries.view(id).count(3)).isEqualTo(3);   // the 论证会 opinion belongs to the bill, not the consultation

        // the window ends early; a closed consultation refuses
        consultations.closeEarly(id, "一审后修改较大，另行征求意见");
        Acting.anonymous();
        assertThatThrownBy(() -> intake.submitPublic(id, comment(1, "晚到的意见", "10.0.0.9"))).isInstanceOf(DomainException.class)
                .hasMessageContaining("结束");

        // feedback drafted from the decisions, edited, published
        Acting.staff();
        String draft = consultations.draftFeedback(id);
        assertThat(draft).contains("采纳3条").contains("基层立法联系点").contains("关于第三条");
        consultations.saveFeedback(id, queries.view(id).version(), draft + "\n（经编辑）");
        consultations.publishFeedback(id);
        assertThat(queries.publicReported()).extracting(ConsultationRow::id).contains(id);

        Acting.anonymous();
        ReceiptView receipt = queries.receipt(publicReceipt.code().toLowerCase());
        assertThat(receipt.decision()).isEqualTo(Decision.ADOPTED);
        assertThat(receipt.feedbackPublished()).isTrue();
        assertThat(receipt.articleLabel()).isEqualTo("第三条");
        assertThat(receipt.toString()).doesNotContain("13800001234").doesNotContain("张三");
        assertThat(queries.publicView(id).feedbackReport()).contains("（经编辑）");
        assertThatThrownBy(() -> queries.receipt("NOSUCHCODE")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void windowComesFromTheRulesAndCanBeExtended() {
        long[] bv = billWithVersion();
        Acting.staff();
        assertThat(consultations.defaultDays()).isEqualTo(30);
        assertThatThrownBy(() -> consultations.open(bv[0], bv[1], new ConsultationService.Opening("t", "e", null,
                EnumSet.of(CommentChannel.WEBSITE), IdentityMode.ANONYMOUS_PREMODERATED, "r", null, 10))).hasMessageContaining("不得少于30日");
        long id = open(bv, IdentityMode.ANONYMOUS_PREMODERATED);
        LocalDate close = queries.view(id).closesOn();
        assertThatThrownBy(() -> consultations.extend(id, close.plusDays(5), " ")).hasMessageContaining("理由");
        consultations.extend(id, close.plusDays(5), "应群众要求延长");
        assertThat(queries.view(id).closesOn()).isEqualTo(close.plusDays(5));
        assertThat(queries.view(id).history()).hasSize(2);
        long second = open(bv, IdentityMode.REAL_NAME);
        assertThat(queries.forBill(bv[0])).extracting(ConsultationRow::id).contains(id, second);
    }

    @Test
    void duplicatesAreStoredOnceAndTextIsKeptExactly() {
        long[] bv = billWithVersion();
        long id = open(bv, IdentityMode.ANONYMOUS_PREMODERATED);
        Acting.anonymous();
        String script = "  <script>alert('x')</script> 第一条&amp;\n第二行  ";
        Receipt first = intake.submitPublic(id, comment(1, script, "10.0.0.2"));
        Receipt again = intake.submitPublic(id, comment(1, script, "10.0.0.2"));
        Receipt otherClient = intake.submitPublic(id, comment(1, script, "10.0.0.3"));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(otherClient.code()).isNotEqualTo(first.code());
        assertThat(jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ?", Long.class, id)).isEqualTo(2);
        assertThat(queries.receipt(first.code()).body()).isEqualTo(script);
        assertThatThrownBy(() -> intake.submitPublic(id, comment(1, "x".repeat(2001), "10.0.0.2"))).hasMessageContaining("2000");
        assertThatThrownBy(() -> intake.submitPublic(id, comment(1, "  ", "10.0.0.2"))).hasMessageContaining("请填写");
        assertThatThrownBy(() -> intake.submitPublic(id, comment(1, "a\u0000b", "10.0.0.2"))).hasMessageContaining("控制字符");
        assertThatThrownBy(() -> intake.submitPublic(id, comment(9, "不存在的条", "10.0.0.2"))).hasMessageContaining("不存在");
        assertThatThrownBy(() -> intake.submitPublic(id, new PublicComment(1, null, "有联系方式无同意", null, "13800001234", false, "10.0.0.2", null)))
                .hasMessageContaining("同意");
    }

    @Test
    void theSameTextSentAtOnceIsStoredOnceEvenWithinOneBatchOfTheGroupCommit() throws Exception {
        long[] bv = billWithVersion();
        long id = open(bv, IdentityMode.ANONYMOUS_PREMODERATED);
        int senders = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Receipt>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < senders; i++) {
                // the same person (address) sends the same text from several tabs at once, and others send theirs
                String client = i % 2 == 0 ? "10.3.0.1" : "10.3.0." + (10 + i);
                String body = i % 2 == 0 ? "同时提交的相同意见" : "各自的意见" + i;
                answers.add(pool.submit(() -> {
                    Acting.anonymous();
                    go.await();
                    return intake.submitPublic(id, comment(1, body, client));
                }));
            }
            go.countDown();
            List<Receipt> same = new java.util.ArrayList<>();
            for (int i = 0; i < senders; i++) {
                Receipt r = answers.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS);
                if (i % 2 == 0) {
                    same.add(r);
                }
            }
            assertThat(same.stream().map(Receipt::code).distinct()).hasSize(1);
            assertThat(same.stream().filter(r -> !r.duplicate())).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ?", Long.class, id)).isEqualTo(1 + senders / 2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_type = 'DraftComment' and target_id in "
                + "(select id::text from draft_comment where consultation_id = ?)", Long.class, id)).isEqualTo(1 + senders / 2);
    }

    @Test
    void hiddenCommentsStayInTheDatabaseAndContactViewsAreAudited() {
        long[] bv = billWithVersion();
        long id = open(bv, IdentityMode.ANONYMOUS_PREMODERATED);
        Acting.anonymous();
        intake.submitPublic(id, new PublicComment(2, null, "辱骂内容", "某人", "someone@example.cn", true, "10.0.0.4", null));
        Acting.staff();
        CommentRow row = triage.list(bv[0], CommentFilter.none(), PageRequest.of(0, 10)).getContent().get(0);
        assertThat(row.maskedContact()).isEqualTo("s****@example.cn");
        assertThatThrownBy(() -> triage.hide(bv[0], row.id(), "")).hasMessageContaining("理由");
        triage.hide(bv[0], row.id(), "含有辱骂内容");
        assertThat(jdbc.queryForObject("select moderation from draft_comment where id = ?", String.class, row.id())).isEqualTo("HIDDEN");
        assertThat(queries.view(id).total()).isZero();
        assertThatThrownBy(() -> triage.decide(bv[0], row.id(), Decision.NOT_ADOPTED, "理由")).hasMessageContaining("恢复");
        assertThat(triage.revealContact(bv[0], row.id())).isEqualTo("someone@example.cn");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_type = 'DraftComment' and target_id = ? and action = 'EXPORT'",
                Long.class, String.valueOf(row.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_type = 'DraftComment' and target_id = ? and action = 'UPDATE'",
                Long.class, String.valueOf(row.id()))).isGreaterThanOrEqualTo(1);
        Acting.as(501, "李代表", null, Role.DEPUTY);
        assertThatThrownBy(() -> triage.revealContact(bv[0], row.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> triage.list(bv[0], CommentFilter.none(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        Acting.anonymous();
        assertThatThrownBy(() -> intake.submitFromAccount(id, 1, "匿名冒充")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void realNameNeedsAVerifiedPhoneAndContactPointsSeeOnlyTheirDrafts() {
        long[] bv = billWithVersion();
        long id = open(bv, IdentityMode.REAL_NAME);
        Acting.anonymous();
        assertThatThrownBy(() -> intake.submitPublic(id, new PublicComment(1, null, "实名意见", "赵六", null, true, "10.0.0.5", null)))
                .hasMessageContaining("验证手机");
        phones.send("13900002222");
        assertThatThrownBy(() -> phones.send("13900002222")).hasMessageContaining("秒后");
        assertThat(phones.verify("13900002222", "000000x")).isFalse();
        Receipt r = intake.submitPublic(id, new PublicComment(1, null, "实名意见", "赵六", null, true, "10.0.0.5", "13900002222"));
        assertThat(jdbc.queryForObject("select moderation from draft_comment where receipt = ?", String.class, r.code())).isEqualTo("PUBLISHED");
        // the verified phone is kept as the contact, encrypted at rest (issue 9)
        String stored = jdbc.queryForObject("select contact from draft_comment where receipt = ?", String.class, r.code());
        assertThat(stored).startsWith("v1:").doesNotContain("2222");
        assertThat(cipher.decrypt(stored)).isEqualTo("13900002222");

        Acting.staff();
        OrgUnit unit = orgUnits.save(new OrgUnit("未分派联系点" + System.nanoTime(), "联系点", "CPX-" + System.nanoTime(), OrgType.OTHER, null, 1));
        contactPoints.register("未分派联系点", unit.getId(), null, null, null);
        Acting.as(602, "未分派", unit.getId(), Role.CONTACT_POINT);
        assertThat(queries.forAccount()).extracting(ConsultationRow::id).doesNotContain(id);
        assertThatThrownBy(() -> queries.accountView(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> intake.submitBatch(id, List.of(new CommentIntake.BatchRow(1, "意见", "会", 3)))).isInstanceOf(NotFoundException.class);
    }
}
