package cn.congress.legislation.consultation;

import cn.congress.domain.figures.Figure;
import cn.congress.domain.figures.Period;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.legislation.bill.BillKind;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.VersionStage;
import cn.congress.legislation.contactpoint.ContactPointService;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comment counters the database keeps (figures of the year, comments per article) equal a fresh count of the
 * comments after every kind of change: submissions through each channel, comments on both sides of the year boundary
 * in Asia/Shanghai, moderation, decisions, duplicates, a deletion, concurrent submissions from many connections, and
 * a rebuild from the records. The fresh counts are written here from the comments, not read from the counters.
 */
@CongressTest
class CommentCountsTest {

    static final String TEXT = """
            示例市计数条例（草案）

            第一条　为了计数，制定本条例。
            第二条　本条例适用于本市。
            第三条　计数应当准确。
            """;

    @Autowired BillService bills;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationQueries queries;
    @Autowired CommentIntake intake;
    @Autowired CommentTriage triage;
    @Autowired ContactPointService contactPoints;
    @Autowired OrgUnitRepository orgUnits;
    @Autowired ConsultationFigures figures;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void clear() {
        Acting.anonymous();
    }

    @Test
    void countersEqualAFreshCountAfterEveryKindOfChange() throws Exception {
        int year = LocalDate.now(clock).getYear();
        Acting.staff();
        var bill = bills.create(new BillService.BillDetails("示例市计数条例（草案）" + System.nanoTime(), BillKind.NEW, null, null, "市人民政府",
                "市司法局", null, null));
        var version = bills.saveVersion(bill.getId(), VersionStage.FIRST_READING, TEXT, null);
        long id = consultations.open(bill.getId(), version.getId(), new ConsultationService.Opening("示例市计数条例（草案）征求意见", "起草说明。",
                null, EnumSet.allOf(CommentChannel.class), IdentityMode.ANONYMOUS_PREMODERATED, "涉及公众切身利益", null, null));
        assertCountsMatch(id, year);

        // the public (one person twice, on two articles), an account, a letter, a contact point's batch
        Acting.anonymous();
        intake.submitPublic(id, comment(1, "第一条意见", "10.1.0.1"));
        intake.submitPublic(id, comment(2, "第二条意见", "10.1.0.1"));
        intake.submitPublic(id, comment(null, "整体意见", "10.1.0.2"));
        intake.submitPublic(id, comment(3, "第三条意见", "10.1.0.3"));
        Acting.as(501, "李代表", null, cn.congress.domain.account.Role.DEPUTY);
        intake.submitFromAccount(id, 3, "代表意见");
        Acting.staff();
        intake.record(id, new CommentIntake.RecordedOpinion(2, "来信意见", CommentChannel.LETTER, SourceKind.PUBLIC, "王某", null));
        OrgUnit unit = orgUnits.save(new OrgUnit("计数联系点" + System.nanoTime(), "联系点", "CNT-" + System.nanoTime(), OrgType.OTHER, null, 1));
        long cp = contactPoints.register("计数联系点", unit.getId(), "街道", "联络员", "地址");
        intake.recordBatch(id, cp, List.of(new CommentIntake.BatchRow(1, "座谈意见一", "座谈会", 12),
                new CommentIntake.BatchRow(null, "座谈意见二", "座谈会", 30)));
        assertCountsMatch(id, year);

        // the year boundary in Asia/Shanghai: 23:59:59.999 on 31 December is last year, 16:00 UTC that day is this year
        insertAt(id, 1, "10.1.0.1", OffsetDateTime.parse((year - 1) + "-12-31T23:59:59.999+08:00"), "PUBLISHED");
        insertAt(id, 2, "10.1.0.9", OffsetDateTime.parse((year - 1) + "-12-31T16:00:00Z"), "PUBLISHED");
        insertAt(id, null, "10.1.0.9", OffsetDateTime.parse((year - 1) + "-12-31T15:59:59Z"), "PENDING");
        insertAt(id, 3, null, OffsetDateTime.parse(year + "-01-01T00:00:00+08:00"), "HIDDEN");
        assertCountsMatch(id, year);

        // moderation, decisions, duplicates, a group decision
        List<CommentRow> rows = triage.list(bill.getId(), CommentFilter.none(), PageRequest.of(0, 50)).getContent();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        Map<String, Long> byBody = rows.stream().collect(Collectors.toMap(CommentRow::body, CommentRow::id, (a, b) -> a));
        for (CommentRow r : rows) {
            triage.approveIfPending(bill.getId(), r);
        }
        assertCountsMatch(id, year);
        triage.hide(bill.getId(), byBody.get("第一条意见"), "测试隐藏");
        triage.hide(bill.getId(), byBody.get("整体意见"), "测试隐藏");
        assertCountsMatch(id, year);
        triage.restore(bill.getId(), byBody.get("整体意见"));
        triage.decide(bill.getId(), byBody.get("第三条意见"), Decision.ADOPTED, "采纳");
        triage.decide(bill.getId(), byBody.get("代表意见"), Decision.PARTLY_ADOPTED, "部分采纳");
        triage.decide(bill.getId(), byBody.get("来信意见"), Decision.NOT_ADOPTED, "未采纳");
        triage.markDuplicate(bill.getId(), byBody.get("座谈意见二"), byBody.get("座谈意见一"));
        assertCountsMatch(id, year);
        long group = triage.group(bill.getId(), List.of(byBody.get("第二条意见"), byBody.get("来信意见"), byBody.get("座谈意见一")), null, "归组");
        triage.decideGroup(bill.getId(), group, Decision.ADOPTED, "一并采纳");
        triage.decide(bill.getId(), byBody.get("第三条意见"), Decision.OUT_OF_SCOPE, "改判");
        assertCountsMatch(id, year);

        // a deletion (the application never deletes a comment; the counters must still follow one made by hand)
        jdbc.update("delete from draft_comment where id = ?", byBody.get("第二条意见"));
        assertCountsMatch(id, year);

        // concurrent submissions on many connections; some clients send from two threads at once
        Acting.anonymous();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    intake.submitPublic(id, comment(1 + i % 3, "并发意见" + thread + "-" + i, "10.2." + (thread % 4) + "." + (i % 5)));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ? and body like '并发意见%'", Long.class, id))
                .isEqualTo(threads * each);
        assertCountsMatch(id, year);

        // a rebuild from the records gives the same counters
        Acting.staff();
        Map<String, BigDecimal> before = values(Period.year(year));
        Map<String, BigDecimal> lastBefore = values(Period.year(year - 1));
        jdbc.execute("select draft_comment_counts_rebuild()");
        assertThat(values(Period.year(year))).isEqualTo(before);
        assertThat(values(Period.year(year - 1))).isEqualTo(lastBefore);
        assertCountsMatch(id, year);
    }

    private void assertCountsMatch(long consultationId, int year) {
        for (Period period : List.of(Period.year(year), Period.year(year - 1), Period.year(year + 1))) {
            assertThat(values(period)).as("figures of %s", period).isEqualTo(freshFigures(period));
        }
        // a period that is not a calendar year (participants are counted from the comments then)
        Period boundary = new Period(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 1, 2));
        assertThat(values(boundary)).as("figures of %s", boundary).isEqualTo(freshFigures(boundary));
        Acting.staff();
        assertThat(queries.view(consultationId).articleCounts()).as("staff counts per article").isEqualTo(freshArticleCounts(consultationId, false));
        assertThat(queries.publicView(consultationId).articleCounts()).as("public counts per article").isEqualTo(freshArticleCounts(consultationId, true));
        assertThat(queries.forBill(queries.view(consultationId).billId())).filteredOn(r -> r.id() == consultationId).singleElement()
                .satisfies(r -> assertThat(r.comments()).isEqualTo(freshArticleCounts(consultationId, false).values().stream().mapToLong(Long::longValue).sum()));
    }

    private Map<String, BigDecimal> values(Period period) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (Figure f : figures.figures(period)) {
            m.put(f.key(), f.value().stripTrailingZeros());
        }
        return m;
    }

    /** The figures as a count over the comments themselves (the statement the report used before the counters). */
    private Map<String, BigDecimal> freshFigures(Period period) {
        Timestamp from = Timestamp.from(period.start());
        Timestamp to = Timestamp.from(period.end());
        return jdbc.queryForObject("""
                select (select count(*) from consultation where opens_on >= ? and opens_on < ?),
                       (select count(distinct coalesce(client_key, 'a' || account_id, 'r' || id)) from draft_comment
                        where submitted_at >= ? and submitted_at < ? and moderation <> 'HIDDEN' and contact_point_id is null)
                       + coalesce(sum(people_consulted) filter (where contact_point_id is not null), 0),
                       count(*) filter (where duplicate_of_id is null and channel = 'WEBSITE'),
                       count(*) filter (where duplicate_of_id is null and channel = 'CONTACT_POINT'),
                       count(*) filter (where duplicate_of_id is null and channel not in ('WEBSITE', 'CONTACT_POINT')),
                       count(*) filter (where duplicate_of_id is null and decision in ('ADOPTED', 'PARTLY_ADOPTED'))
                from draft_comment where submitted_at >= ? and submitted_at < ? and moderation <> 'HIDDEN'
                """, (rs, i) -> Map.of("legislation.consultations", rs.getBigDecimal(1).stripTrailingZeros(),
                "legislation.consultation-participants", rs.getBigDecimal(2).stripTrailingZeros(),
                "legislation.opinions-website", rs.getBigDecimal(3).stripTrailingZeros(),
                "legislation.opinions-contact-point", rs.getBigDecimal(4).stripTrailingZeros(),
                "legislation.opinions-other", rs.getBigDecimal(5).stripTrailingZeros(),
                "legislation.opinions-adopted", rs.getBigDecimal(6).stripTrailingZeros()),
                java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.to()), from, to, from, to);
    }

    private Map<Integer, Long> freshArticleCounts(long consultationId, boolean publishedOnly) {
        Map<Integer, Long> m = new HashMap<>();
        jdbc.query("select coalesce(article_no, 0), count(*) from draft_comment where consultation_id = ? and "
                + (publishedOnly ? "moderation = 'PUBLISHED'" : "moderation <> 'HIDDEN'") + " group by 1", rs -> {
            m.put(rs.getInt(1), rs.getLong(2));
        }, consultationId);
        return m;
    }

    private void insertAt(long consultationId, Integer article, String client, OffsetDateTime at, String moderation) {
        jdbc.update("""
                insert into draft_comment (bill_id, bill_version_id, consultation_id, article_no, body, channel, source_kind, client_key, body_hash,
                                           receipt, moderation, submitted_at, version, created_at)
                select bill_id, bill_version_id, id, ?, '跨年意见' || ?, 'WEBSITE', 'PUBLIC', ?, md5(?), ?, ?, ?, 0, now() from consultation where id = ?
                """, article, at.toString(), client, at.toString(), "Y" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(),
                moderation, Timestamp.from(at.toInstant()), consultationId);
    }

    private static PublicComment comment(Integer article, String body, String client) {
        return new PublicComment(article, null, body, null, null, false, client, null);
    }
}
