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
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 stations, 200,000 opinions and 20,000 service cases; the opinion and case lists with each filter and the
 * quarterly analysis, as staff, a station manager and an organ see them. Runs only with the benchmark profile:
 * {@code ./mvnw -B -pl congress-deputies -am verify -Pbenchmark -Dtest='StationBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}
 */
@CongressTest
class StationBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 31;

    @Autowired JdbcTemplate jdbc;
    @Autowired Constituency people;
    @Autowired OpinionQueries opinions;
    @Autowired ServiceCaseQueries cases;
    @Autowired Clock clock;

    private static double median(Runnable r) {
        for (int i = 0; i < WARM_UP; i++) {
            r.run();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            r.run();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return times[RUNS / 2] / 1e6;
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
        StationSeeder.seed(jdbc, 500, 400, 200_000, 20_000, term, delegation, organs);
        System.out.printf("seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        long station = jdbc.queryForObject("select min(id) from liaison_station where name like '基准联络站%'", Long.class);
        var manager = people.account("bench-manager", null, Role.STATION_MANAGER);
        jdbc.update("update liaison_station set manager_account_id = ? where id = ?", manager.getId(), station);
        Caller managerCaller = Caller.of(manager.getId(), manager.getUsername(), null, Role.STATION_MANAGER);
        Caller staff = Constituency.STAFF;
        int year = LocalDate.now(clock).getYear();
        int quarter = (LocalDate.now(clock).getMonthValue() - 1) / 3 + 1;
        var page = PageRequest.of(0, 20);
        var deep = PageRequest.of(50, 20);

        Map<String, Runnable> cases = new LinkedHashMap<>();
        cases.put("opinions: staff, no filter", () -> opinions.list(staff, OpinionFilter.none(), page));
        cases.put("opinions: staff, page 51", () -> opinions.list(staff, OpinionFilter.none(), deep));
        cases.put("opinions: staff, category + quarter", () -> opinions.list(staff,
                new OpinionFilter(null, "TRAFFIC", null, null, year, quarter, false, null, false), page));
        cases.put("opinions: staff, transferred overdue", () -> opinions.list(staff, new OpinionFilter(null, null, null, null, null, null, true, null, false), page));
        cases.put("opinions: staff, district + route", () -> opinions.list(staff,
                new OpinionFilter(null, null, null, OpinionRoute.SETTLED, null, null, false, "基准区3", false), page));
        cases.put("opinions: staff, status", () -> opinions.list(staff, new OpinionFilter(null, null, OpinionStatus.ANSWERED, null, null, null, false, null, false), page));
        cases.put("opinions: station manager", () -> opinions.list(managerCaller, OpinionFilter.none(), page));
        cases.put("opinions: organ", () -> opinions.list(Caller.of(-2L, "organ", organs[0], Role.UNIT), OpinionFilter.none(), page));
        cases.put("analysis: staff, quarter", () -> opinions.analysis(staff, year, quarter, null));
        cases.put("analysis: staff, quarter, district", () -> opinions.analysis(staff, year, quarter, "基准区5"));
        cases.put("analysis: station manager", () -> opinions.analysis(managerCaller, year, quarter, null));
        cases.put("cases: staff, no filter", () -> this.cases.list(staff, CaseFilter.none(), page));
        cases.put("cases: staff, type + status + year", () -> this.cases.list(staff,
                new CaseFilter(ServiceCaseType.PETITION_AGENCY, CaseStatus.CLOSED, null, null, null, year, null, null), page));
        cases.put("cases: staff, district", () -> this.cases.list(staff, new CaseFilter(null, null, null, "基准区7", null, null, null, null), page));
        cases.put("cases: station manager", () -> this.cases.list(managerCaller, CaseFilter.none(), page));
        cases.put("cases: counts per agent/station/district", () -> this.cases.stats(staff, ServiceCaseType.PRE_LITIGATION_MEDIATION, year));
        double worst = 0;
        for (var e : cases.entrySet()) {
            double m = median(e.getValue());
            worst = Math.max(worst, m);
            System.out.printf("%-45s median %7.1f ms%n", e.getKey(), m);
        }
        assertThat(worst).as("the slowest median").isLessThan(150);
    }
}
