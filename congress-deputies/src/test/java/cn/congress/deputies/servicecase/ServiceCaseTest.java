package cn.congress.deputies.servicecase;

import cn.congress.deputies.Constituency;
import cn.congress.deputies.Constituency.Person;
import cn.congress.deputies.Constituency.Place;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseFilter;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseRow;
import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.domain.shared.ConcurrentEditException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
class ServiceCaseTest {

    @Autowired Constituency people;
    @Autowired ServiceCaseService cases;
    @Autowired ServiceCaseQueries queries;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    Person agent;
    Person mediator;
    Place station;
    LocalDate today;

    @BeforeEach
    void setUp() {
        agent = people.deputy();
        mediator = people.deputy();
        station = people.station("北山区", agent, mediator);
        today = LocalDate.now(clock);
    }

    private ServiceCaseService.Details details(String title) {
        return new ServiceCaseService.Details(title, "当事人反映的情况", "李四", "13900001111", today, null);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from service_case where id = ?", Long.class, id);
    }

    private List<Long> ids(cn.congress.domain.account.Caller caller) {
        return queries.list(caller, CaseFilter.none(), PageRequest.of(0, 100)).getContent().stream().map(CaseRow::id).toList();
    }

    @Test
    void aDeputySeesTheirOwnCasesAManagerTheirStationsStaffAll() {
        long petition = cases.create(agent.caller(), ServiceCaseType.PETITION_AGENCY, station.id(), null, details("拖欠工资代办"));
        long mediation = cases.create(station.manager(), ServiceCaseType.PRE_LITIGATION_MEDIATION, station.id(), mediator.id(),
                details("相邻关系纠纷调解"));
        Place other = people.station("高新区", people.deputy());

        assertThat(ids(agent.caller())).contains(petition).doesNotContain(mediation);
        assertThat(ids(mediator.caller())).contains(mediation).doesNotContain(petition);
        assertThat(ids(station.manager())).contains(petition, mediation);
        assertThat(ids(other.manager())).doesNotContain(petition, mediation);
        assertThat(ids(Constituency.STAFF)).contains(petition, mediation);
        assertThatThrownBy(() -> queries.detail(mediator.caller(), petition)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.detail(other.manager(), mediation)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.edit(other.manager(), petition, version(petition), details("改"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.create(other.manager(), ServiceCaseType.PETITION_AGENCY, station.id(), agent.id(), details("越权")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.list(people.organ().caller(), CaseFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.detail(agent.caller(), petition).partyNameMasked()).isEqualTo("李*");
    }

    @Test
    void aPetitionIsForwardedFollowedAndClosedThenRefusesEdits() {
        long id = cases.create(agent.caller(), ServiceCaseType.PETITION_AGENCY, station.id(), null, details("征地补偿信访"));
        assertThat(queries.detail(agent.caller(), id).can("START_MEDIATION")).isFalse();
        cases.forward(agent.caller(), id, version(id), people.organ().id());
        cases.note(agent.caller(), id, version(id), today, "陪同信访人到信访局反映");
        cases.close(agent.caller(), id, version(id), CaseOutcome.SOLVED, ResidentSatisfaction.SATISFIED);

        var view = queries.detail(agent.caller(), id);
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.actions()).isEmpty();
        assertThat(view.timeline()).extracting(t -> t.labelKey()).contains("case.timeline.PROGRESS", "enum.CaseOutcome.SOLVED");
        assertThatThrownBy(() -> cases.edit(agent.caller(), id, version(id), details("改标题"))).isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("已办结");
        assertThatThrownBy(() -> cases.note(agent.caller(), id, version(id), today, "补充")).isInstanceOf(TransitionRefused.class);
        assertThat(jdbc.queryForObject("select title from service_case where id = ?", String.class, id)).isEqualTo("征地补偿信访");
    }

    @Test
    void aMediationEndsWithAMediationOutcomeOnly() {
        long id = cases.create(mediator.caller(), ServiceCaseType.PRE_LITIGATION_MEDIATION, station.id(), null, details("买卖合同纠纷"));
        cases.startMediation(mediator.caller(), id, version(id));
        cases.note(mediator.caller(), id, version(id), today, "第一次调解，双方各自陈述");
        assertThatThrownBy(() -> cases.close(mediator.caller(), id, version(id), CaseOutcome.SOLVED, null)).isInstanceOf(TransitionRefused.class);
        cases.close(mediator.caller(), id, version(id), CaseOutcome.NOT_MEDIATED, null);
        assertThat(queries.detail(mediator.caller(), id).outcome()).isEqualTo(CaseOutcome.NOT_MEDIATED);
    }

    @Test
    void twoPeopleEditingTheSameVersionConflict() {
        long id = cases.create(agent.caller(), ServiceCaseType.PETITION_AGENCY, station.id(), null, details("物业纠纷代办"));
        long v = version(id);
        cases.edit(agent.caller(), id, v, details("物业纠纷代办（更正）"));
        assertThatThrownBy(() -> cases.edit(station.manager(), id, v, details("物业纠纷"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(queries.detail(Constituency.STAFF, id).title()).isEqualTo("物业纠纷代办（更正）");
    }

    @Test
    void countsPerAgentStationAndDistrictEqualTheCases() {
        Place fresh = people.station("示例县", agent, mediator);
        for (int i = 0; i < 3; i++) {
            long id = cases.create(agent.caller(), ServiceCaseType.PETITION_AGENCY, fresh.id(), null, details("代办" + i));
            if (i < 2) {
                cases.close(agent.caller(), id, version(id), i == 0 ? CaseOutcome.SOLVED : CaseOutcome.UNSOLVED, null);
            }
        }
        var stats = queries.stats(fresh.manager(), ServiceCaseType.PETITION_AGENCY, today.getYear());
        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.closed()).isEqualTo(2);
        assertThat(stats.success()).isEqualTo(1);
        assertThat(stats.byDeputy()).singleElement().satisfies(c -> assertThat(c.label()).isEqualTo(agent.deputy().getName()));
        assertThat(stats.byDistrict()).singleElement().satisfies(c -> assertThat(c.total()).isEqualTo(3));
    }
}
