package cn.congress.oversight.bench;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.shared.CountedPage;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.opinion.OpinionQueries;
import cn.congress.oversight.opinion.OpinionViews.ProblemFilter;
import cn.congress.oversight.opinion.ProblemStatus;
import cn.congress.testsupport.Benchmarks;
import cn.congress.testsupport.CongressTest;
import cn.congress.testsupport.SqlCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 organs, 2,000 topics over four years' plans and 50,000 problem items: the problem list (as staff with each
 * filter, and as a unit) and the staff dashboard, each checked against a plain SQL count, with the statements each
 * runs. Full size only with the benchmark profile:
 * {@code ./mvnw -B -pl congress-oversight -am verify -Pbenchmark -Dtest='OversightBenchmark' -Dsurefire.failIfNoSpecifiedTests=false};
 * {@link OversightBenchmarkSmokeTest} runs it small (past {@link CountedPage#EXACT_UP_TO} items, so the estimated
 * total is exercised) in the normal suite.
 */
@CongressTest
class OversightBenchmark {

    private static final int ORGANS = Benchmarks.size(200, 30);
    private static final int TOPICS = Benchmarks.size(2_000, 200);
    private static final int PROBLEMS = Benchmarks.size(50_000, 12_000);
    private static final int YEARS = 4;
    private static final int WARM_UP = Benchmarks.size(10, 1);
    private static final int RUNS = Benchmarks.size(31, 3);
    /** Statements a list or the dashboard may run whatever the data: the bounded count, its estimate, the rows; five for the dashboard. */
    private static final int MAX_STATEMENTS = 5;

    @Autowired JdbcTemplate jdbc;
    @Autowired OpinionQueries queries;
    @Autowired OrgUnitRepository orgs;
    @Autowired UserAccountRepository accounts;
    @Autowired Clock clock;

    @AfterEach
    void tearDown() {
        OversightFixture.clear();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static double measure(String name, Runnable r) {
        for (int i = 0; i < WARM_UP; i++) {
            r.run();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            r.run();
            times[i] = System.nanoTime() - t;
        }
        return Benchmarks.report("OversightBenchmark: " + name, ORGANS + " organs, " + TOPICS + " topics, " + PROBLEMS + " items",
                times, "median < 150 ms");
    }

    /** Exact up to the bound, else an estimate near the real count. */
    private static void assertTotal(Page<?> page, long real) {
        if (real <= CountedPage.EXACT_UP_TO) {
            assertThat(page.getTotalElements()).isEqualTo(real);
        } else {
            assertThat(((CountedPage<?>) page).isApproximate()).isTrue();
            assertThat((double) page.getTotalElements()).isBetween(real * 0.7, real * 1.3);
        }
    }

    private static <T> T statementsBounded(String what, Supplier<T> call) {
        SqlCounter.reset();
        T result = call.get();
        assertThat(SqlCounter.count()).as("statements of %s", what).isLessThanOrEqualTo(MAX_STATEMENTS);
        return result;
    }

    @Test
    void theProblemListWithAnyFilterAndTheDashboardAnswerWithinTheBudget() {
        int year = LocalDate.now(clock).getYear();
        long started = System.nanoTime();
        OversightSeeder.seed(jdbc, ORGANS, TOPICS, PROBLEMS, year, YEARS);
        System.out.printf("seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(count("select count(*) from oversight_problem where description like '基准问题%'")).isEqualTo(PROBLEMS);

        long organ = count("select min(id) from org_unit where code like 'BENCH-ORG-%'");
        long opinion = count("select min(op.id) from oversight_opinion op where op.document_no like '基准审%'");
        UserAccount staffAccount = new OversightFixture(orgs, accounts).account("bench-staff", orgs.findById(organ).orElseThrow());
        UserAccount unitAccount = new OversightFixture(orgs, accounts).account("bench-unit", orgs.findById(organ).orElseThrow());
        var page = PageRequest.of(0, 20);
        Date today = Date.valueOf(LocalDate.now(clock));
        String scope = " from oversight_problem p join oversight_opinion op on op.id = p.opinion_id join oversight_topic t on t.id = op.topic_id"
                + " join oversight_plan pl on pl.id = t.plan_id where p.description like '基准问题%'";

        Map<String, ProblemFilter> staffLists = new LinkedHashMap<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        staffLists.put("problems: staff, no filter", ProblemFilter.none());
        expected.put("problems: staff, no filter", count("select count(*) from oversight_problem"));
        staffLists.put("problems: staff, status", new ProblemFilter(ProblemStatus.RECTIFYING, null, null, null, false, null));
        expected.put("problems: staff, status", count("select count(*) from oversight_problem where status = 'RECTIFYING'"));
        staffLists.put("problems: staff, organ", new ProblemFilter(null, organ, null, null, false, null));
        expected.put("problems: staff, organ", count("select count(*) from oversight_problem where organ_id = ?", organ));
        staffLists.put("problems: staff, year", new ProblemFilter(null, null, year - 2, null, false, null));
        expected.put("problems: staff, year", count("select count(*)" + scope + " and pl.year = ?", year - 2));
        staffLists.put("problems: staff, year + status + organ", new ProblemFilter(ProblemStatus.CLOSED, organ, year - 1, null, false, null));
        expected.put("problems: staff, year + status + organ", count("select count(*)" + scope
                + " and pl.year = ? and p.status = 'CLOSED' and p.organ_id = ?", year - 1, organ));
        staffLists.put("problems: staff, overdue", new ProblemFilter(null, null, null, null, true, null));
        expected.put("problems: staff, overdue", count("select count(*) from oversight_problem where status in "
                + "('ASSIGNED', 'RECTIFYING', 'REPORTED') and deadline < ?", today));
        staffLists.put("problems: staff, opinion", new ProblemFilter(null, null, null, opinion, false, null));
        expected.put("problems: staff, opinion", count("select count(*) from oversight_problem where opinion_id = ?", opinion));
        staffLists.put("problems: staff, text search", new ProblemFilter(null, null, null, null, false, "资金未落实"));
        expected.put("problems: staff, text search", count("select count(*)" + scope + " and (p.description like '%资金未落实%' "
                + "or t.title like '%资金未落实%')"));
        staffLists.put("problems: staff, text + year + overdue", new ProblemFilter(null, null, year, null, true, "整改进度"));
        expected.put("problems: staff, text + year + overdue", count("select count(*)" + scope + " and pl.year = ? and p.status in "
                + "('ASSIGNED', 'RECTIFYING', 'REPORTED') and p.deadline < ? and (p.description like '%整改进度%' or t.title like '%整改进度%')",
                year, today));

        OversightFixture.as(staffAccount, Role.STAFF);
        for (var e : staffLists.entrySet()) {
            Page<?> result = statementsBounded(e.getKey(), () -> queries.problems(e.getValue(), page));
            assertTotal(result, expected.get(e.getKey()));
        }
        var dashboard = statementsBounded("the dashboard", () -> queries.dashboard(year));
        assertThat(dashboard.total()).isEqualTo(count("select count(*)" + scope + " and pl.year = ?", year));
        assertThat(dashboard.overdue()).isEqualTo(count("select count(*)" + scope + " and pl.year = ? and p.status in "
                + "('ASSIGNED', 'RECTIFYING', 'REPORTED') and p.deadline < ?", year, today));
        assertThat(dashboard.organsByOverdue()).hasSizeLessThanOrEqualTo(10);

        OversightFixture.as(unitAccount, Role.UNIT);
        var own = statementsBounded("a unit's list", () -> queries.problems(ProblemFilter.none(), page));
        assertTotal(own, count("select count(*) from oversight_problem where organ_id = ?", organ));

        double worst = 0;
        OversightFixture.as(staffAccount, Role.STAFF);
        for (var e : staffLists.entrySet()) {
            ProblemFilter f = e.getValue();
            worst = Math.max(worst, measure(e.getKey(), () -> queries.problems(f, page)));
        }
        worst = Math.max(worst, measure("problems: staff, page 51", () -> queries.problems(ProblemFilter.none(), PageRequest.of(50, 20))));
        worst = Math.max(worst, measure("dashboard: staff, this year", () -> queries.dashboard(year)));
        worst = Math.max(worst, measure("dashboard: staff, last year", () -> queries.dashboard(year - 1)));
        OversightFixture.as(unitAccount, Role.UNIT);
        worst = Math.max(worst, measure("problems: unit, own organ", () -> queries.problems(ProblemFilter.none(), page)));
        worst = Math.max(worst, measure("problems: unit, overdue", () -> queries.problems(new ProblemFilter(null, null, null, null, true, null), page)));
        if (Benchmarks.full()) {
            assertThat(worst).as("the slowest median").isLessThan(150);
        }
    }
}
