package cn.congress.deputies.bench;

import cn.congress.deputies.Constituency;
import cn.congress.deputies.reception.OpinionQueries;
import cn.congress.deputies.reception.OpinionRoute;
import cn.congress.deputies.reception.OpinionRows.OpinionFilter;
import cn.congress.deputies.reception.OpinionStatus;
import cn.congress.deputies.servicecase.CaseStatus;
import cn.congress.deputies.servicecase.ServiceCaseQueries;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseFilter;
import cn.congress.deputies.servicecase.ServiceCaseType;
import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.shared.CountedPage;
import cn.congress.testsupport.Benchmarks;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 stations, 200,000 opinions and 20,000 service cases; the opinion and case lists with each filter and the
 * quarterly analysis, as staff, a station manager and an organ see them, each checked against a plain SQL count. Full
 * size only with the benchmark profile:
 * {@code ./mvnw -B -pl congress-deputies -am verify -Pbenchmark -Dtest='StationBenchmark' -Dsurefire.failIfNoSpecifiedTests=false};
 * {@link StationBenchmarkSmokeTest} runs it small (still past {@link CountedPage#EXACT_UP_TO}, so the estimated total
 * is exercised) in the normal suite.
 */
@CongressTest
class StationBenchmark {

    private static final int STATIONS = Benchmarks.size(500, 24);
    private static final int DEPUTIES = Benchmarks.size(400, 40);
    private static final int OPINIONS = Benchmarks.size(200_000, 12_000);
    private static final int CASES = Benchmarks.size(20_000, 600);
    private static final int WARM_UP = Benchmarks.size(10, 1);
    private static final int RUNS = Benchmarks.size(31, 3);

    @Autowired JdbcTemplate jdbc;
    @Autowired Constituency people;
    @Autowired OpinionQueries opinions;
    @Autowired ServiceCaseQueries cases;
    @Autowired Clock clock;

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
        return Benchmarks.report("StationBenchmark: " + name, STATIONS + " stations, " + OPINIONS + " opinions, " + CASES + " cases",
                times, "median < 150 ms");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void listsAndTheQuarterlyAnalysisAnswerWithinTheBudget() {
        for (int i = 0; i < 8; i++) {
            people.organ();
        }
        people.deputy();
        long term = people.term().getId();
        long delegation = jdbc.queryForObject("select min(id) from delegation where term_id = ?", Long.class, term);
        Long[] organs = jdbc.queryForList("select id from org_unit where type = 'GOVERNMENT_DEPARTMENT' order by id limit 20", Long.class)
                .toArray(Long[]::new);
        long started = System.nanoTime();
        StationSeeder.seed(jdbc, STATIONS, DEPUTIES, OPINIONS, CASES, term, delegation, organs);
        System.out.printf("seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        // What autovacuum does after a bulk load in production: the visibility map for index-only scans, fresh statistics.
        jdbc.execute("vacuum analyze constituent_opinion");
        jdbc.execute("vacuum analyze service_case");
        long station = jdbc.queryForObject("select min(id) from liaison_station where name like '基准联络站%'", Long.class);
        var manager = people.account("bench-manager", null, Role.STATION_MANAGER);
        jdbc.update("update liaison_station set manager_account_id = ? where id = ?", manager.getId(), station);
        Caller managerCaller = Caller.of(manager.getId(), manager.getUsername(), null, Role.STATION_MANAGER);
        Caller staff = Constituency.STAFF;
        int year = LocalDate.now(clock).getYear();
        int quarter = (LocalDate.now(clock).getMonthValue() - 1) / 3 + 1;
        var page = PageRequest.of(0, 20);
        var deep = PageRequest.of(50, 20);

        Map<String, Runnable> measured = new LinkedHashMap<>();
        measured.put("opinions: staff, no filter", () -> opinions.list(staff, OpinionFilter.none(), page));
        measured.put("opinions: staff, page 51", () -> opinions.list(staff, OpinionFilter.none(), deep));
        measured.put("opinions: staff, category + quarter", () -> opinions.list(staff,
                new OpinionFilter(null, "TRAFFIC", null, null, year, quarter, false, null, false), page));
        measured.put("opinions: staff, transferred overdue", () -> opinions.list(staff, new OpinionFilter(null, null, null, null, null, null, true, null, false), page));
        measured.put("opinions: staff, district + route", () -> opinions.list(staff,
                new OpinionFilter(null, null, null, OpinionRoute.SETTLED, null, null, false, "基准区3", false), page));
        measured.put("opinions: staff, status", () -> opinions.list(staff, new OpinionFilter(null, null, OpinionStatus.ANSWERED, null, null, null, false, null, false), page));
        measured.put("opinions: station manager", () -> opinions.list(managerCaller, OpinionFilter.none(), page));
        measured.put("opinions: organ", () -> opinions.list(Caller.of(-2L, "organ", organs[0], Role.UNIT), OpinionFilter.none(), page));
        measured.put("analysis: staff, quarter", () -> opinions.analysis(staff, year, quarter, null));
        measured.put("analysis: staff, quarter, district", () -> opinions.analysis(staff, year, quarter, "基准区5"));
        measured.put("analysis: station manager", () -> opinions.analysis(managerCaller, year, quarter, null));
        measured.put("cases: staff, no filter", () -> this.cases.list(staff, CaseFilter.none(), page));
        measured.put("cases: staff, type + status + year", () -> this.cases.list(staff,
                new CaseFilter(ServiceCaseType.PETITION_AGENCY, CaseStatus.CLOSED, null, null, null, year, null, null), page));
        measured.put("cases: staff, district", () -> this.cases.list(staff, new CaseFilter(null, null, null, "基准区7", null, null, null, null), page));
        measured.put("cases: station manager", () -> this.cases.list(managerCaller, CaseFilter.none(), page));
        measured.put("cases: counts per agent/station/district", () -> this.cases.stats(staff, ServiceCaseType.PRE_LITIGATION_MEDIATION, year));
        checkResults(staff, managerCaller, station, organs[0], year, quarter, page);
        double worst = 0;
        for (var e : measured.entrySet()) {
            worst = Math.max(worst, measure(e.getKey(), e.getValue()));
        }
        if (Benchmarks.full()) {
            assertThat(worst).as("the slowest median").isLessThan(150);
        }
    }

    /** Exact up to the bound, else an estimate near the real count. */
    private static void assertTotal(org.springframework.data.domain.Page<?> page, long real) {
        if (real <= CountedPage.EXACT_UP_TO) {
            assertThat(((CountedPage<?>) page).isApproximate()).isFalse();
            assertThat(page.getTotalElements()).isEqualTo(real);
        } else {
            assertThat(((CountedPage<?>) page).isApproximate()).isTrue();
            assertThat((double) page.getTotalElements()).isBetween(real * 0.8, real * 1.2);
        }
    }

    /** What each measured call answers equals what a plain count over the tables says. */
    private void checkResults(Caller staff, Caller manager, long station, long organ, int year, int quarter, PageRequest page) {
        long all = count("select count(*) from constituent_opinion");
        @SuppressWarnings("unchecked")
        var unfiltered = (CountedPage<cn.congress.deputies.reception.OpinionRows.OpinionRow>) opinions.list(staff, OpinionFilter.none(), page);
        assertThat(unfiltered.getContent()).hasSize(20);
        assertThat(unfiltered.isApproximate()).as("past %d rows the total is an estimate", CountedPage.EXACT_UP_TO).isTrue();
        assertThat((double) unfiltered.getTotalElements()).isBetween(all * 0.8, all * 1.2);
        assertThat(unfiltered.getContent().get(0).receivedOn())
                .isEqualTo(jdbc.queryForObject("select max(received_on) from constituent_opinion", LocalDate.class));

        var own = (CountedPage<?>) opinions.list(manager, OpinionFilter.none(), page);
        assertTotal(own, count("select count(*) from constituent_opinion where station_id = ?", station));

        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        var filtered = opinions.list(staff, new OpinionFilter(null, "TRAFFIC", null, null, year, quarter, false, null, false), page);
        assertTotal(filtered, count("select count(*) from constituent_opinion where category = 'TRAFFIC' "
                + "and received_on >= ? and received_on < ?", java.sql.Date.valueOf(from), java.sql.Date.valueOf(from.plusMonths(3))));
        assertTotal(opinions.list(Caller.of(-2L, "organ", organ, Role.UNIT), OpinionFilter.none(), page),
                count("select count(*) from constituent_opinion where transfer_org_id = ?", organ));
        assertThat(opinions.analysis(staff, year, quarter, null).total()).isEqualTo(count(
                "select count(*) from constituent_opinion where received_on >= ? and received_on < ?",
                java.sql.Date.valueOf(from), java.sql.Date.valueOf(from.plusMonths(3))));

        assertTotal(cases.list(manager, CaseFilter.none(), page), count("select count(*) from service_case where station_id = ?", station));
        assertTotal(cases.list(staff, new CaseFilter(ServiceCaseType.PETITION_AGENCY, CaseStatus.CLOSED, null, null, null, null, null, null), page),
                count("select count(*) from service_case where type = 'PETITION_AGENCY' and status = 'CLOSED'"));
    }
}
