package cn.congress.web.legislation.demo;

import cn.congress.domain.account.Role;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.shared.SystemTask;
import cn.congress.legislation.bill.BillDetail;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.BillTexts;
import cn.congress.legislation.bill.VersionStage;
import cn.congress.legislation.consultation.CommentChannel;
import cn.congress.legislation.consultation.CommentFilter;
import cn.congress.legislation.consultation.CommentIntake;
import cn.congress.legislation.consultation.CommentRow;
import cn.congress.legislation.consultation.CommentTriage;
import cn.congress.legislation.consultation.ConsultationService;
import cn.congress.legislation.consultation.Decision;
import cn.congress.legislation.consultation.IdentityMode;
import cn.congress.legislation.consultation.PublicComment;
import cn.congress.legislation.consultation.SourceKind;
import cn.congress.legislation.contactpoint.ContactPointService;
import cn.congress.legislation.hearing.HearingKind;
import cn.congress.legislation.hearing.HearingService;
import cn.congress.legislation.hearing.HearingSide;
import cn.congress.web.demo.DemoAccounts;
import cn.congress.web.demo.DemoDataContributor;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * 开门立法 demo: two grassroots legislative contact points with accounts ({@code contact}, {@code contact2}), an expert
 * pool, a closed consultation on the 极端天气应对条例 first-reading text with decisions and a published feedback
 * report (its adopted opinions show in the 修改对照表), and an open consultation on the 养犬管理条例 amendment with a
 * few hundred comments across articles and channels, contact point batches, expert opinions and a 论证会.
 */
@Component
@RequiredArgsConstructor
class ConsultationDemoData implements DemoDataContributor {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] OPINIONS = {
            "建议对本条的适用范围作进一步明确，避免执法中理解不一。",
            "本条规定的期限偏短，建议适当延长，方便群众办理。",
            "建议增加对违反本条行为的处罚规定，否则难以落实。",
            "赞成本条规定，希望尽快实施。",
            "本条表述较为原则，建议细化具体标准和程序。",
            "建议与上位法的相关规定做好衔接，避免冲突。",
            "建议明确街道、社区在本条事项中的职责。",
            "本条对老年人、残疾人等群体考虑不够，建议增加便利措施。",
            "罚款幅度偏高，建议区分情节轻重分别规定。",
            "建议增加宣传教育的内容，引导群众自觉遵守。",
            "农村地区情况不同，建议授权区县政府结合实际作出规定。",
            "建议明确部门之间的协调机制，防止推诿。",
    };

    private final BillService bills;
    private final ConsultationService consultations;
    private final CommentIntake intake;
    private final CommentTriage triage;
    private final ContactPointService contactPoints;
    private final HearingService hearings;
    private final OrgUnitRepository orgUnits;
    private final DemoAccounts accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    public String name() {
        return "consultations";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void load() {
        BillDetail weather = bill("极端天气应对条例");
        BillTexts.Version weatherFirst = version(weather, VersionStage.FIRST_READING);
        BillDetail dogs = bill("养犬管理条例");
        BillTexts.Version dogsFirst = version(dogs, VersionStage.FIRST_READING);
        SystemTask.run(() -> loadAsSystem(weather, weatherFirst, dogs, dogsFirst));
    }

    private void loadAsSystem(BillDetail weather, BillTexts.Version weatherFirst, BillDetail dogs, BillTexts.Version dogsFirst) {
        OrgUnit districts = orgUnits.findByCode("DISTRICTS").orElse(null);
        OrgUnit east = orgUnits.save(new OrgUnit("城东街道基层立法联系点", "城东联系点", "CP-EAST", OrgType.SUBDISTRICT_CONGRESS, districts, 50));
        OrgUnit county = orgUnits.save(new OrgUnit("示例县人大常委会基层立法联系点", "示例县联系点", "CP-COUNTY", OrgType.DISTRICT_CONGRESS, districts, 51));
        long eastPoint = contactPoints.register("城东街道基层立法联系点", east.getId(), "城东街道人大工委", "黄晓梅", "城东街道和平路18号");
        long countyPoint = contactPoints.register("示例县人大常委会基层立法联系点", county.getId(), "示例县人大常委会", "马建华", "示例县人民路1号");
        accounts.create("contact", "黄晓梅（城东联系点）", east, Role.CONTACT_POINT);
        accounts.create("contact2", "马建华（示例县联系点）", county, Role.CONTACT_POINT);

        long lawyer = hearings.addExpert("钱立言", "行政法、地方立法", "示例大学法学院", "教授");
        long vet = hearings.addExpert("孙安然", "动物防疫、公共卫生", "示例市疾病预防控制中心", "主任医师");
        long climate = hearings.addExpert("周云海", "气象灾害防御、应急管理", "示例市气象局", "正高级工程师");

        closedWeatherConsultation(weather, weatherFirst, eastPoint, climate);
        openDogsConsultation(dogs, dogsFirst, eastPoint, countyPoint, lawyer, vet);
    }

    private void closedWeatherConsultation(BillDetail weather, BillTexts.Version first, long eastPoint, long climateExpert) {
        LocalDate opens = LocalDate.of(2026, 6, 28);
        long id = consultations.open(weather.id(), first.id(), new ConsultationService.Opening(
                "《示例市极端天气应对条例（草案）》公开征求意见", "为做好极端天气应对工作，市人民政府提请制定本条例。草案共分总则、监测预警、应急处置、保障措施和附则，现向社会公开征求意见。",
                "预警信息发布的时限是否合适？\n停课停工的决定由谁作出更为合理？", EnumSet.of(CommentChannel.WEBSITE, CommentChannel.CONTACT_POINT,
                CommentChannel.EXPERT, CommentChannel.LETTER), IdentityMode.ANONYMOUS_PREMODERATED, "草案涉及面广，便于群众匿名表达意见", opens, 30));
        Random random = new Random(7);
        int articles = 12;
        for (int i = 0; i < 60; i++) {
            intake.record(id, new CommentIntake.RecordedOpinion(1 + random.nextInt(articles), OPINIONS[random.nextInt(OPINIONS.length)],
                    i % 10 == 0 ? CommentChannel.LETTER : CommentChannel.WEBSITE, SourceKind.PUBLIC, null, null));
        }
        intake.recordBatch(id, eastPoint, List.of(
                new CommentIntake.BatchRow(3, "居民反映预警信息到达社区较晚，建议明确预警信息发布后一小时内传达到社区。", "城东街道立法意见座谈会", 18),
                new CommentIntake.BatchRow(null, "建议增加对独居老人的防护和转移安置措施。", "城东街道立法意见座谈会", 18)));
        hearings.invite(climateExpert, id);
        hearings.recordExpertOpinion(id, climateExpert, 3, "建议将红色预警下停课停工的决定权明确交由市人民政府，并与国家标准衔接。");
        BillDetail b = weather;
        List<CommentRow> all = triage.list(b.id(), new CommentFilter(id, null, null, null, null, null, null, null, null, null),
                PageRequest.of(0, 200)).getContent();
        for (CommentRow c : all) {
            triage.approveIfPending(b.id(), c);
        }
        List<Long> article3 = all.stream().filter(c -> Integer.valueOf(3).equals(c.articleNo())).map(CommentRow::id).toList();
        long group = triage.group(b.id(), article3, null, "关于预警信息发布时限");
        triage.decideGroup(b.id(), group, Decision.ADOPTED, "已在二审稿中明确预警信息发布和传达的时限");
        int n = 0;
        for (CommentRow c : all) {
            if (c.articleNo() == null || c.articleNo() == 3) {
                continue;
            }
            Decision d = switch (n++ % 4) {
                case 0 -> Decision.PARTLY_ADOPTED;
                case 1 -> Decision.NOT_ADOPTED;
                case 2 -> Decision.NOT_ADOPTED;
                default -> Decision.OUT_OF_SCOPE;
            };
            triage.decide(b.id(), c.id(), d, switch (d) {
                case PARTLY_ADOPTED -> "已在相关条款中作出原则性规定";
                case NOT_ADOPTED -> "上位法已有规定，不再重复";
                default -> "属于政府具体工作，建议有关部门研究";
            });
        }
        consultations.saveFeedback(id, versionOf(id), consultations.draftFeedback(id));
        consultations.publishFeedback(id);
        spread(id, opens, opens.plusDays(29));
        jdbc.update("update consultation set feedback_published_on = ? where id = ?", Date.valueOf(LocalDate.of(2026, 8, 20)), id);
        jdbc.update("update consultation_event set created_at = ?, occurred_on = ? where consultation_id = ? and step = 'OPENED'",
                at(opens), Date.valueOf(opens), id);
        jdbc.update("update consultation_event set created_at = ?, occurred_on = ? where consultation_id = ? and step <> 'OPENED'",
                at(LocalDate.of(2026, 8, 20)), Date.valueOf(LocalDate.of(2026, 8, 20)), id);
    }

    private void openDogsConsultation(BillDetail dogs, BillTexts.Version first, long eastPoint, long countyPoint, long lawyer, long vet) {
        LocalDate today = LocalDate.now(clock);
        LocalDate opens = today.minusDays(12);
        long id = consultations.open(dogs.id(), first.id(), new ConsultationService.Opening(
                "《关于修改〈示例市养犬管理条例〉的决定（草案）》公开征求意见",
                "近年来本市养犬数量增长较快，犬只伤人、扰民等问题群众反映强烈。修改决定草案主要增加犬只电子标识、完善限养规定、加大对违法养犬行为的处罚力度。",
                "犬只植入电子标识的要求是否可行？\n重点管理区限养一只犬是否合理？\n罚款幅度是否适当？", EnumSet.allOf(CommentChannel.class),
                IdentityMode.ANONYMOUS_PREMODERATED, "涉及面广，便于群众匿名表达意见，发布前由工作人员审核", opens, null));
        consultations.assignContactPoints(id, Set.of(eastPoint, countyPoint));
        Random random = new Random(11);
        int articles = 14;
        for (int i = 0; i < 240; i++) {
            // article 7 (限养) and 8 (行为规范) draw most comments, as they would
            int article = i % 3 == 0 ? 7 : i % 5 == 0 ? 8 : 1 + random.nextInt(articles);
            intake.submitPublic(id, new PublicComment(i % 17 == 0 ? null : article, null, OPINIONS[random.nextInt(OPINIONS.length)]
                    + (i % 4 == 0 ? "（市民" + (i + 1) + "）" : ""), null, null, false, "198.51.100." + (i % 250), null));
        }
        for (int i = 0; i < 12; i++) {
            intake.record(id, new CommentIntake.RecordedOpinion(1 + random.nextInt(articles), OPINIONS[random.nextInt(OPINIONS.length)],
                    CommentChannel.ACCOUNT, i < 9 ? SourceKind.DEPUTY : SourceKind.MEMBER, i < 9 ? "代表" + (i + 1) : "常委会组成人员" + (i - 8), null));
        }
        List<CommentIntake.BatchRow> eastRows = new ArrayList<>();
        List<CommentIntake.BatchRow> countyRows = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            eastRows.add(new CommentIntake.BatchRow(1 + random.nextInt(articles), OPINIONS[random.nextInt(OPINIONS.length)], "城东街道养犬管理立法座谈会", 25));
            countyRows.add(new CommentIntake.BatchRow(1 + random.nextInt(articles), OPINIONS[random.nextInt(OPINIONS.length)], "示例县农村养犬问题座谈会", 16));
        }
        intake.recordBatch(id, eastPoint, eastRows);
        intake.recordBatch(id, countyPoint, countyRows);
        hearings.invite(lawyer, id);
        hearings.invite(vet, id);
        hearings.recordExpertOpinion(id, lawyer, 7, "限养规定涉及公民财产权利，建议设置过渡期，对已登记的犬只予以保留。");
        hearings.recordExpertOpinion(id, vet, 5, "电子标识可与狂犬病免疫信息关联，建议由动物诊疗机构在免疫时一并植入。");
        long hearing = hearings.hold(dogs.id(), first.id(), HearingKind.DEMONSTRATION, "犬只电子标识可行性论证会", today.minusDays(5),
                "市人大常委会机关第三会议室", "与会专家和部门代表围绕电子标识的技术方案、费用承担和信息共享进行了论证。");
        hearings.addParticipant(hearing, "钱立言", "示例大学法学院", HearingSide.NEUTRAL, lawyer);
        hearings.addParticipant(hearing, "孙安然", "示例市疾病预防控制中心", HearingSide.FOR, vet);
        hearings.addParticipant(hearing, "市公安局治安支队代表", "示例市公安局", HearingSide.FOR, null);
        hearings.recordOpinion(hearing, 5, "电子标识植入费用建议由财政承担，减轻养犬人负担。", "孙安然", HearingSide.FOR, vet);
        hearings.recordOpinion(hearing, 7, "重点管理区范围应当向社会公布并征求意见。", "钱立言", HearingSide.NEUTRAL, lawyer);
        List<CommentRow> some = triage.list(dogs.id(), new CommentFilter(id, null, null, null, null, null, null, null, null, null),
                PageRequest.of(0, 200)).getContent();
        int n = 0;
        for (CommentRow c : some) {
            if (n++ % 10 < 7) {
                triage.approveIfPending(dogs.id(), c);
            }
        }
        spread(id, opens, today);
        jdbc.update("update consultation_event set created_at = ?, occurred_on = ? where consultation_id = ? and step = 'OPENED'",
                at(opens), Date.valueOf(opens), id);
    }

    /**
     * Spreads the submission times over the window, in the order received, up to a minute ago (never into the future:
     * up to the morning of {@code to}, a start before 9:30 put demo comments after every comment submitted that night).
     */
    private void spread(long consultationId, LocalDate from, LocalDate to) {
        Instant end = Collections.min(List.of(at(to).toInstant(), clock.instant().minusSeconds(60)));
        long seconds = Math.max(1, Duration.between(at(from).toInstant(), end).getSeconds());
        jdbc.update("""
                with ordered as (select id, row_number() over (order by id) as n, count(*) over () as total from draft_comment where consultation_id = ?)
                update draft_comment d set submitted_at = ?::timestamptz + make_interval(secs => (ordered.n::float / ordered.total) * ?)
                from ordered where d.id = ordered.id
                """, consultationId, at(from), seconds);
    }

    private long versionOf(long consultationId) {
        Long v = jdbc.queryForObject("select version from consultation where id = ?", Long.class, consultationId);
        return v == null ? 0 : v;
    }

    private BillDetail bill(String titlePart) {
        return bills.page(null, null, titlePart, PageRequest.of(0, 1)).getContent().get(0);
    }

    private BillTexts.Version version(BillDetail bill, VersionStage stage) {
        return bills.view(bill.id(), LocalDate.now(clock)).versions().stream().filter(v -> v.stage() == stage).findFirst().orElseThrow();
    }

    private static Timestamp at(LocalDate d) {
        return Timestamp.from(d.atTime(9, 30).atZone(ZONE).toInstant());
    }
}
