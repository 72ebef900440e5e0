package cn.congress.deputies.performance;

import cn.congress.deputies.Constituency;
import cn.congress.deputies.Constituency.Person;
import cn.congress.deputies.Constituency.Place;
import cn.congress.deputies.activity.ActivityKind;
import cn.congress.deputies.activity.ActivityService;
import cn.congress.deputies.reception.OpinionService;
import cn.congress.deputies.servicecase.CaseOutcome;
import cn.congress.deputies.servicecase.ServiceCaseService;
import cn.congress.deputies.servicecase.ServiceCaseType;
import cn.congress.deputies.station.StationService;
import cn.congress.deputies.suggestion.SuggestionCategory;
import cn.congress.deputies.suggestion.SuggestionDrafts;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The performance record counts what the records hold: the test builds a deputy's year and compares. */
@CongressTest
class PerformanceTest {

    @Autowired Constituency people;
    @Autowired PerformanceQueries performance;
    @Autowired SuggestionDrafts drafts;
    @Autowired ActivityService activities;
    @Autowired StationService stations;
    @Autowired OpinionService opinions;
    @Autowired ServiceCaseService cases;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void theRecordCountsWhatTheRecordsHold() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Person me = people.deputy();
        Person colleague = people.deputy();
        Place station = people.station("东城区", me, colleague);

        // two suggestions led and filed, one draft (does not count), one motion, one joint signature confirmed
        for (String title : List.of("甲", "乙")) {
            long id = drafts.draftFor(me.caller(), me.id(), title, "内容", SuggestionCategory.URBAN);
            jdbc.update("update suggestion set status = 'SUBMITTED', submitted_at = ? where id = ?", Timestamp.from(clock.instant()), id);
        }
        drafts.draftFor(me.caller(), me.id(), "草稿", "内容", SuggestionCategory.URBAN);
        long motion = drafts.draftFor(me.caller(), me.id(), "议案", "内容", SuggestionCategory.LEGAL);
        jdbc.update("update suggestion set kind = 'MOTION', status = 'MOTION', submitted_at = ? where id = ?", Timestamp.from(clock.instant()), motion);
        long theirs = drafts.draftFor(colleague.caller(), colleague.id(), "丙", "内容", SuggestionCategory.URBAN);
        jdbc.update("update suggestion set status = 'SUBMITTED', submitted_at = ? where id = ?", Timestamp.from(clock.instant()), theirs);
        jdbc.update("insert into suggestion_signer (suggestion_id, deputy_id, confirmed_at, created_at) values (?, ?, ?, now())",
                theirs, me.id(), Timestamp.from(clock.instant()));

        // activities: confirmed ones count, an unconfirmed one does not
        LocalDate held = today.withDayOfMonth(1);
        long training = activities.record(Constituency.STAFF, new ActivityService.NewActivity(ActivityKind.TRAINING, "履职培训", held,
                new BigDecimal("6.5"), "市人大", null, null, List.of(me.id(), colleague.id())));
        long session = activities.record(Constituency.STAFF, new ActivityService.NewActivity(ActivityKind.SESSION, "常委会会议列席", held,
                BigDecimal.ZERO, null, null, null, List.of(me.id())));
        long inspection = activities.record(Constituency.STAFF, new ActivityService.NewActivity(ActivityKind.INSPECTION, "视察", held,
                BigDecimal.ZERO, null, null, null, List.of(me.id())));
        long duty = activities.record(Constituency.STAFF, new ActivityService.NewActivity(ActivityKind.STATION_DUTY, "联络站值班", held,
                BigDecimal.ZERO, null, null, station.id(), List.of(me.id())));
        activities.record(Constituency.STAFF, new ActivityService.NewActivity(ActivityKind.RESEARCH, "未确认的调研", held,
                BigDecimal.ZERO, null, null, null, List.of(me.id())));
        for (long id : List.of(training, session, inspection, duty)) {
            activities.confirm(me.caller(), id);
        }
        assertThatThrownBy(() -> activities.confirm(people.deputy().caller(), training)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> activities.record(Constituency.STAFF, new ActivityService.NewActivity(ActivityKind.TRAINING, "无学时", held,
                BigDecimal.ZERO, null, null, null, List.of(me.id())))).isInstanceOf(DomainException.class);

        // reception duty on two days (one of them the same day as the station-duty activity only if held == today)
        stations.addDay(station.manager(), station.id(), new StationService.NewDay(today, LocalTime.of(9, 0), LocalTime.of(11, 0), null, List.of(me.id())));
        boolean sameDay = held.equals(today);
        // receptions and cases
        for (int i = 0; i < 3; i++) {
            long o = opinions.record(me.caller(), new OpinionService.NewOpinion(station.id(), null, today, null, null, "意见" + i, "OTHER"));
            if (i == 0) {
                opinions.settle(me.caller(), o, 0, "当场答复");
            }
        }
        var details = new ServiceCaseService.Details("案件", "摘要", null, null, today, null);
        long p1 = cases.create(me.caller(), ServiceCaseType.PETITION_AGENCY, station.id(), null, details);
        cases.create(me.caller(), ServiceCaseType.PETITION_AGENCY, station.id(), null, details);
        cases.close(me.caller(), p1, 0, CaseOutcome.SOLVED, null);
        long m1 = cases.create(me.caller(), ServiceCaseType.PRE_LITIGATION_MEDIATION, station.id(), null, details);
        cases.close(me.caller(), m1, 0, CaseOutcome.MEDIATED, null);

        PerformanceRecord r = performance.record(me.caller(), me.id(), year);
        assertThat(r.suggestionsLed()).isEqualTo(2);
        assertThat(r.motionsLed()).isEqualTo(1);
        assertThat(r.suggestionsJoint()).isEqualTo(1);
        assertThat(r.sessionsAttended()).isEqualTo(1);
        assertThat(r.activity("INSPECTION")).isEqualTo(1);
        assertThat(r.activity("RESEARCH")).isZero();
        assertThat(r.trainingHours()).isEqualByComparingTo("6.5");
        assertThat(r.dutyDays()).isEqualTo(sameDay ? 1 : 2);
        assertThat(r.receptions()).isEqualTo(3);
        assertThat(r.receptionsSettled()).isEqualTo(1);
        assertThat(r.petitionCases()).isEqualTo(2);
        assertThat(r.petitionSolved()).isEqualTo(1);
        assertThat(r.mediationCases()).isEqualTo(1);
        assertThat(r.mediationSettled()).isEqualTo(1);
        assertThat(performance.record(Constituency.STAFF, colleague.id(), year).suggestionsLed()).isEqualTo(1);
        assertThatThrownBy(() -> performance.record(colleague.caller(), me.id(), year)).isInstanceOf(NotFoundException.class);
    }
}
