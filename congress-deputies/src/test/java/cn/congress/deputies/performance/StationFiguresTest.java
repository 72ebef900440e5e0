package cn.congress.deputies.performance;

import cn.congress.deputies.Constituency;
import cn.congress.deputies.Constituency.Person;
import cn.congress.deputies.Constituency.Place;
import cn.congress.deputies.reception.OpinionService;
import cn.congress.deputies.servicecase.CaseOutcome;
import cn.congress.deputies.servicecase.ServiceCaseService;
import cn.congress.deputies.servicecase.ServiceCaseType;
import cn.congress.domain.figures.Figure;
import cn.congress.domain.figures.Period;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The yearly figures grow by exactly the records added, and each links to the list it counts. */
@CongressTest
class StationFiguresTest {

    @Autowired StationFigures figures;
    @Autowired Constituency people;
    @Autowired OpinionService opinions;
    @Autowired ServiceCaseService cases;
    @Autowired Clock clock;

    private Map<String, Long> count(Period p) {
        return figures.figures(p).stream().collect(Collectors.toMap(Figure::key, f -> f.value().longValue()));
    }

    @Test
    void figuresCountTheRecordsAndLinkToTheirLists() {
        LocalDate today = LocalDate.now(clock);
        Period year = Period.year(today.getYear());
        Map<String, Long> before = count(year);

        Person deputy = people.deputy();
        Place station = people.station("东城区", deputy);
        var organ = people.organ();
        long a = opinions.record(deputy.caller(), new OpinionService.NewOpinion(station.id(), null, today, null, null, "一", "OTHER"));
        opinions.record(deputy.caller(), new OpinionService.NewOpinion(station.id(), null, today, null, null, "二", "OTHER"));
        opinions.transfer(deputy.caller(), a, 0, organ.id(), today.plusDays(5));
        opinions.answer(organ.caller(), a, 1, "已办理");
        var d = new ServiceCaseService.Details("案件", "摘要", null, null, today, null);
        long solved = cases.create(deputy.caller(), ServiceCaseType.PETITION_AGENCY, station.id(), null, d);
        cases.close(deputy.caller(), solved, 0, CaseOutcome.SOLVED, null);
        cases.create(deputy.caller(), ServiceCaseType.PRE_LITIGATION_MEDIATION, station.id(), null, d);

        Map<String, Long> after = count(year);
        assertThat(after.get("deputies.stations") - before.get("deputies.stations")).isEqualTo(1);
        assertThat(after.get("deputies.opinions-received") - before.get("deputies.opinions-received")).isEqualTo(2);
        assertThat(after.get("deputies.opinions-transferred") - before.get("deputies.opinions-transferred")).isEqualTo(1);
        assertThat(after.get("deputies.opinions-answered") - before.get("deputies.opinions-answered")).isEqualTo(1);
        assertThat(after.get("deputies.petition-cases") - before.get("deputies.petition-cases")).isEqualTo(1);
        assertThat(after.get("deputies.petition-solved") - before.get("deputies.petition-solved")).isEqualTo(1);
        assertThat(after.get("deputies.mediation-cases") - before.get("deputies.mediation-cases")).isEqualTo(1);
        assertThat(after.get("deputies.mediation-settled") - before.get("deputies.mediation-settled")).isZero();
        List<Figure> all = figures.figures(year);
        assertThat(all).allSatisfy(f -> assertThat(f.link()).startsWith("/"));
        assertThat(count(Period.year(today.getYear() - 1)).get("deputies.opinions-received")).isZero();
    }
}
