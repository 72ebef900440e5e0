package cn.congress.deputies.reception;

import cn.congress.deputies.Constituency;
import cn.congress.deputies.Constituency.Organ;
import cn.congress.deputies.Constituency.Person;
import cn.congress.deputies.Constituency.Place;
import cn.congress.deputies.reception.OpinionRows.OpinionFilter;
import cn.congress.deputies.reception.OpinionRows.OpinionRow;
import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.domain.notification.Reminder;
import cn.congress.domain.shared.ConcurrentEditException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.testsupport.CongressTest;
import cn.congress.testsupport.SqlCounter;
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
class ReceptionTest {

    @Autowired Constituency people;
    @Autowired OpinionService opinions;
    @Autowired OpinionQueries queries;
    @Autowired OpinionReminders reminders;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    Person deputy;
    Place station;
    Organ organ;
    LocalDate today;

    @BeforeEach
    void setUp() {
        deputy = people.deputy();
        station = people.station("东城区", deputy);
        organ = people.organ();
        today = LocalDate.now(clock);
    }

    private long receive(Person who, Place where, String content) {
        return opinions.record(who.caller(), new OpinionService.NewOpinion(where.id(), null, today, "张三丰", "13812345678", content, "TRAFFIC"));
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from constituent_opinion where id = ?", Long.class, id);
    }

    @Test
    void anOpinionIsSettledTransferredAndAnsweredOrTurnedIntoADraftSuggestion() {
        long settled = receive(deputy, station, "小区门口路灯不亮");
        long transferred = receive(deputy, station, "公交站台缺少遮雨棚");
        long suggested = receive(deputy, station, "建议增设社区养老食堂");

        opinions.settle(deputy.caller(), settled, version(settled), "当场联系街道，已修复");
        opinions.transfer(deputy.caller(), transferred, version(transferred), organ.id(), today.plusDays(20));
        assertThat(queries.detail(organ.caller(), transferred).can("ANSWER")).isTrue();
        opinions.answer(organ.caller(), transferred, version(transferred), "已列入今年站台改造计划");
        long suggestionId = opinions.toSuggestion(deputy.caller(), suggested, version(suggested), "关于增设社区养老食堂的建议");

        assertThat(queries.detail(deputy.caller(), settled).status()).isEqualTo(OpinionStatus.SETTLED);
        var answered = queries.detail(deputy.caller(), transferred);
        assertThat(answered.status()).isEqualTo(OpinionStatus.ANSWERED);
        assertThat(answered.answer()).isEqualTo("已列入今年站台改造计划");
        assertThat(answered.organName()).isEqualTo(organ.unit().getName());
        var draft = jdbc.queryForMap("select status, lead_deputy_id, title from suggestion where id = ?", suggestionId);
        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("lead_deputy_id", deputy.id());
        var withSuggestion = queries.detail(deputy.caller(), suggested);
        assertThat(withSuggestion.suggestionId()).isEqualTo(suggestionId);
        assertThat(withSuggestion.timeline()).anyMatch(t -> ("/suggestions/" + suggestionId).equals(t.linkHref()));
        assertThat(queries.originOf(deputy.caller(), suggestionId).opinionId()).isEqualTo(suggested);

        for (long id : List.of(settled, transferred, suggested)) {
            opinions.feedback(station.manager(), id, version(id), ResidentSatisfaction.SATISFIED, "满意");
            assertThat(queries.detail(station.manager(), id).status()).isEqualTo(OpinionStatus.CLOSED);
        }
        assertThatThrownBy(() -> opinions.settle(deputy.caller(), settled, version(settled), "再次"))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void theResidentIsMaskedEverywhereAndHiddenFromOtherStations() {
        long id = receive(deputy, station, "楼道堆物存在消防隐患");
        Place other = people.station("西城区", people.deputy());

        OpinionRow row = queries.list(station.manager(), OpinionFilter.none(), PageRequest.of(0, 50)).getContent().stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(row.residentMasked()).isEqualTo("张**").doesNotContain("三丰");
        var view = queries.detail(station.manager(), id);
        assertThat(view.residentNameMasked()).isEqualTo("张**");
        assertThat(view.residentContactMasked()).isEqualTo("138****5678");

        assertThatThrownBy(() -> queries.detail(other.manager(), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> opinions.revealResident(other.manager(), id)).isInstanceOf(NotFoundException.class);
        assertThat(queries.list(other.manager(), OpinionFilter.none(), PageRequest.of(0, 50)).getContent()).noneMatch(r -> r.id() == id);
        assertThatThrownBy(() -> queries.detail(people.deputy().caller(), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.detail(organ.caller(), id)).isInstanceOf(NotFoundException.class);

        long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONAL_DATA_VIEW' and target_id = ?", Long.class,
                String.valueOf(id));
        var full = opinions.revealResident(station.manager(), id);
        assertThat(full.name()).isEqualTo("张三丰");
        assertThat(full.contact()).isEqualTo("13812345678");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONAL_DATA_VIEW' and target_id = ?", Long.class,
                String.valueOf(id))).isEqualTo(before + 1);
        // the audit log of the change itself never carries the resident's data
        assertThat(jdbc.queryForList("select coalesce(after_value::text, '') from audit_entry where target_type = 'ConstituentOpinion' and target_id = ?",
                String.class, String.valueOf(id))).noneMatch(v -> v.contains("三丰") || v.contains("12345678"));
    }

    @Test
    void anOrganSeesAndAnswersOnlyTheTransfersToItself() {
        Organ second = people.organ();
        long mine = receive(deputy, station, "河道异味");
        long theirs = receive(deputy, station, "学校门口交通拥堵");
        long kept = receive(deputy, station, "社区活动室开放时间");
        opinions.transfer(station.manager(), mine, version(mine), organ.id(), today.plusDays(10));
        opinions.transfer(station.manager(), theirs, version(theirs), second.id(), today.plusDays(10));

        List<Long> seen = queries.list(organ.caller(), OpinionFilter.none(), PageRequest.of(0, 50)).getContent().stream().map(OpinionRow::id).toList();
        assertThat(seen).contains(mine).doesNotContain(theirs, kept);
        assertThatThrownBy(() -> queries.detail(organ.caller(), theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> opinions.answer(organ.caller(), theirs, version(theirs), "越权答复")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> opinions.revealResident(organ.caller(), mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opinions.settle(organ.caller(), kept, version(kept), "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStaleFormIsRefusedAndTheFirstChangeStays() {
        long id = receive(deputy, station, "菜市场噪音扰民");
        long v = version(id);
        opinions.settle(deputy.caller(), id, v, "已协调市场调整营业时间");
        assertThatThrownBy(() -> opinions.transfer(station.manager(), id, v, organ.id(), today.plusDays(5)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(queries.detail(deputy.caller(), id).settlement()).isEqualTo("已协调市场调整营业时间");
    }

    @Test
    void overdueTransfersAreRemindedToTheOrganAndTheStation() {
        long id = receive(deputy, station, "老旧小区加装电梯");
        opinions.transfer(deputy.caller(), id, version(id), organ.id(), today.plusDays(3));
        assertThat(reminders.remindersDue(today)).noneMatch(r -> r.link().equals("/stations/opinions/" + id));
        List<Reminder> later = reminders.remindersDue(today.plusDays(4));
        Reminder r = later.stream().filter(x -> x.link().equals("/stations/opinions/" + id)).findFirst().orElseThrow();
        assertThat(r.recipientIds()).contains(organ.caller().accountId(), station.manager().accountId());
        assertThat(queries.list(Constituency.STAFF, new OpinionFilter(station.id(), null, null, null, null, null, true, null, false),
                PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void theQuarterlyAnalysisCountsByRouteAndTheDetailPageRunsAFixedNumberOfStatements() {
        Place fresh = people.station("南湖区", deputy);
        long a = receive(deputy, fresh, "一");
        long b = receive(deputy, fresh, "二");
        receive(deputy, fresh, "三");
        opinions.settle(deputy.caller(), a, version(a), "已解决");
        opinions.transfer(deputy.caller(), b, version(b), organ.id(), today.plusDays(9));
        var analysis = queries.analysis(fresh.manager(), today.getYear(), (today.getMonthValue() - 1) / 3 + 1, null);
        assertThat(analysis.total()).isEqualTo(3);
        assertThat(analysis.settled()).isEqualTo(1);
        assertThat(analysis.transferred()).isEqualTo(1);
        assertThat(analysis.byCategory()).extracting(OpinionRows.Count::label).containsExactly("交通出行");
        assertThat(analysis.settledShare()).isEqualTo(33.3);

        SqlCounter.reset();
        queries.detail(deputy.caller(), b);
        long statements = SqlCounter.count();
        assertThat(statements).isLessThanOrEqualTo(5);
        SqlCounter.reset();
        queries.list(Constituency.STAFF, OpinionFilter.none(), PageRequest.of(0, 20));
        assertThat(SqlCounter.count()).isLessThanOrEqualTo(4);
    }
}
