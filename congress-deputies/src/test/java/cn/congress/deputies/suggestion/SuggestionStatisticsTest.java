package cn.congress.deputies.suggestion;

import cn.congress.deputies.suggestion.Deputies.Person;
import cn.congress.deputies.suggestion.SuggestionQueries.Measures;
import cn.congress.deputies.suggestion.SuggestionQueries.StatsFilter;
import cn.congress.domain.figures.Figure;
import cn.congress.domain.figures.FigureSource;
import cn.congress.domain.figures.Period;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.MeetingRepository;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermRepository;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.congress.deputies.suggestion.Deputies.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics' four rates and filters (届, 大会期间/闭会期间, year) over suggestions built here, against counts made
 * by hand from what each one was given; and the yearly figures equal to the page filtered to the year.
 */
@CongressTest
class SuggestionStatisticsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired Deputies people;
    @Autowired SuggestionFiling filing;
    @Autowired SuggestionReview review;
    @Autowired SuggestionAssignment assignment;
    @Autowired SuggestionHandling handling;
    @Autowired SuggestionEvaluation evaluation;
    @Autowired SuggestionDetails details;
    @Autowired SuggestionQueries queries;
    @Autowired List<FigureSource> figureSources;
    @Autowired MeetingRepository meetings;
    @Autowired TermRepository terms;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    private Person staff;
    private Person unit;

    /** Files, accepts and assigns a suggestion to {@link #unit}, filed at {@code filedAt} (Shanghai wall time). */
    private long assigned(Person deputy, LocalDateTime filedAt) {
        long id = as(deputy, () -> filing.file(new SuggestionFiling.Filing("关于统计口径" + filedAt + "的建议", "内容",
                SuggestionCategory.URBAN, List.of())));
        as(deputy, () -> filing.submit(id));
        as(staff, () -> review.accept(id));
        long version = as(staff, () -> details.view(id).version());
        as(staff, () -> assignment.assign(id, new SuggestionAssignment.Assignment(version, unit.getOrgUnitId(), List.of(), 3, null,
                false, null, null, null)));
        jdbc.update("update suggestion set submitted_at = ? where id = ?", Timestamp.from(filedAt.atZone(SHANGHAI).toInstant()), id);
        return id;
    }

    private void contact(long id, String way) {
        as(unit, () -> handling.recordContact(id, LocalDate.now(clock), way, "沟通"));
    }

    private void answer(long id, String category) {
        as(unit, () -> handling.answer(id, new SuggestionHandling.Answer(category, "答复", List.of(), null, null)));
    }

    /** Moves the answered round's deadline relative to the day it was answered (Shanghai): 0 is on the last day. */
    private void deadlineAfterAnswer(long id, int days) {
        jdbc.update("update suggestion_round set due_on = (answered_at at time zone 'Asia/Shanghai')::date + ? where suggestion_id = ?", days, id);
    }

    private Measures unitSees(StatsFilter filter) {
        return as(unit, () -> queries.stats(filter)).measures();
    }

    @Test
    void eachRateCountsExactlyWhatItsDefinitionSaysAndTheFiltersSelectByTermPhaseAndYear() {
        staff = people.staff();
        unit = people.unit();
        Person deputy = people.deputy();
        Term term = people.term();
        // the 2019 congress session of the term: 4 to 8 March
        meetings.save(new Meeting(term, SessionKind.CONGRESS, 90, LocalDate.of(2019, 3, 4),
                LocalDate.of(2019, 3, 8), "会堂", false));

        long s1 = assigned(deputy, LocalDateTime.of(2019, 3, 5, 10, 0));      // congress session
        long s2 = assigned(deputy, LocalDateTime.of(2019, 3, 8, 23, 30));     // last evening of the session (15:30 UTC)
        long s3 = assigned(deputy, LocalDateTime.of(2019, 12, 31, 23, 59));   // recess, the year's last minute
        long s4 = assigned(deputy, LocalDateTime.of(2020, 1, 1, 0, 1));       // the next year (still 2019 in UTC)
        long s5 = assigned(deputy, LocalDateTime.of(2019, 6, 1, 9, 0));       // recess, never answered
        long s6 = assigned(deputy, LocalDateTime.of(2019, 3, 3, 18, 0));      // the day before the session

        contact(s1, "FACE");
        answer(s1, "A");
        deadlineAfterAnswer(s1, 0);                       // answered on the deadline's day: on time
        as(deputy, () -> evaluation.evaluate(s1, "SATISFIED", null));

        contact(s2, "PHONE");
        answer(s2, "A");
        as(deputy, () -> evaluation.evaluate(s2, "DISSATISFIED", "未解决"));  // awaits the staff's decision: not final

        contact(s3, "PHONE");
        answer(s3, "A");
        deadlineAfterAnswer(s3, -1);                      // a day late
        as(deputy, () -> evaluation.evaluate(s3, "BASICALLY_SATISFIED", null));

        contact(s5, "MEETING");                           // in person, but not answered: not in 面商率

        answer(s6, "D");
        deadlineAfterAnswer(s6, -3);
        as(deputy, () -> evaluation.evaluate(s6, "DISSATISFIED", "不满意"));
        as(staff, () -> evaluation.decideDissatisfaction(s6, false, "条件不具备，已向代表说明"));

        contact(s4, "VISIT");
        answer(s4, "C");
        as(deputy, () -> evaluation.evaluate(s4, "SATISFIED", null));

        // 2019: s1, s2, s3, s5, s6. Answered s1, s2, s3, s6; solved (A) s1, s2, s3; final evaluations s1, s3, s6 of
        // which s6 is dissatisfied; rounds answered 4, on time s1, s2; lead unit met the deputy in person: s1.
        Measures y2019 = unitSees(new StatsFilter(null, null, 2019, null));
        assertThat(y2019).isEqualTo(new Measures(5, 4, 3, 3, 2, 4, 2, 1));
        assertThat(y2019.solvedRate()).isEqualByComparingTo("75.0");
        assertThat(y2019.satisfiedRate()).isEqualByComparingTo("66.7");
        assertThat(y2019.onTimeRate()).isEqualByComparingTo("50.0");
        assertThat(y2019.faceToFaceRate()).isEqualByComparingTo("25.0");

        assertThat(unitSees(new StatsFilter(null, SuggestionPhase.CONGRESS_SESSION, 2019, null)).filed())
                .as("filed from the first to the last day of the session, Shanghai time").isEqualTo(2);
        assertThat(unitSees(new StatsFilter(null, SuggestionPhase.RECESS, 2019, null)).filed()).isEqualTo(3);
        Measures y2020 = unitSees(new StatsFilter(null, null, 2020, null));
        assertThat(y2020).as("1 January 00:01 in Shanghai belongs to the new year").isEqualTo(new Measures(1, 1, 0, 1, 1, 1, 1, 1));
        assertThat(y2020.faceToFaceRate()).isEqualByComparingTo("100.0");
        assertThat(unitSees(new StatsFilter(term.getId(), null, null, null)).filed()).isEqualTo(6);
        Term other = terms.findByNumber(3).orElseGet(() -> terms.save(new Term(3, "第三届", LocalDate.of(1993, 1, 1), LocalDate.of(1997, 12, 31), false)));
        assertThat(unitSees(new StatsFilter(other.getId(), null, null, null)).filed()).isZero();
        assertThat(unitSees(new StatsFilter(null, null, 2019, SuggestionKind.MOTION))).isEqualTo(new Measures(0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(unitSees(new StatsFilter(null, null, 2018, null)).solvedRate()).as("nothing to divide by").isNull();

        // The yearly figures (read from the counts the database keeps) are the staff's statistics of the year (counted
        // over the records), after every change above and after those below.
        Measures staffs = figuresEqualTheStatisticsOf2019();
        assertThat(staffs.filed()).isGreaterThanOrEqualTo(5);
        assertThat(figureSources.stream().flatMap(s -> s.records("deputies.suggestions-filed", Period.year(2019)).stream()).toList())
                .hasSize((int) staffs.filed()).extracting(r -> r.href()).contains("/suggestions/" + s1, "/suggestions/" + s3)
                .doesNotContain("/suggestions/" + s4);

        // a suggestion moved to another year, its lead unit changed, a contact removed, a round's answer moved and a
        // suggestion deleted with its rounds and contacts
        jdbc.update("update suggestion set submitted_at = submitted_at + interval '1 year' where id = ?", s5);
        jdbc.update("update suggestion set lead_unit_id = (select min(id) from org_unit where id <> lead_unit_id) where id = ?", s3);
        jdbc.update("delete from suggestion_contact where suggestion_id = ?", s1);
        jdbc.update("update suggestion_round set answered_at = answered_at - interval '10 days' where suggestion_id = ?", s6);
        jdbc.update("delete from suggestion where id = ?", s2);
        assertThat(figuresEqualTheStatisticsOf2019().filed()).isEqualTo(staffs.filed() - 2);

        // the counts equal those derived again from the records
        String counts = "select day, kind, answer_category, evaluation, lead_ways::text, n, rounds_answered, rounds_on_time "
                + "from suggestion_figure_day where n <> 0 order by 1, 2, 3, 4, 5";
        List<Map<String, Object>> kept = jdbc.queryForList(counts);
        jdbc.execute("select suggestion_figure_rebuild()");
        assertThat(jdbc.queryForList(counts)).isEqualTo(kept);
    }

    /** The suggestion figures of 2019 equal the staff's statistics of 2019 (suggestions only), which it returns. */
    private Measures figuresEqualTheStatisticsOf2019() {
        Map<String, BigDecimal> figures = figureSources.stream().flatMap(s -> s.figures(Period.year(2019)).stream())
                .filter(f -> f.key().startsWith("deputies.suggestions-"))
                .collect(Collectors.toMap(Figure::key, f -> f.value() == null ? BigDecimal.valueOf(-1) : f.value()));
        Measures staffs = as(staff, () -> queries.stats(new StatsFilter(null, null, 2019, SuggestionKind.SUGGESTION))).measures();
        assertThat(figures.get("deputies.suggestions-filed")).isEqualByComparingTo(BigDecimal.valueOf(staffs.filed()));
        assertThat(figures.get("deputies.suggestions-answered")).isEqualByComparingTo(BigDecimal.valueOf(staffs.answered()));
        assertThat(figures.get("deputies.suggestions-solved-rate")).isEqualByComparingTo(staffs.solvedRate());
        assertThat(figures.get("deputies.suggestions-satisfied-rate")).isEqualByComparingTo(staffs.satisfiedRate());
        assertThat(figures.get("deputies.suggestions-on-time-rate")).isEqualByComparingTo(staffs.onTimeRate());
        assertThat(figures.get("deputies.suggestions-face-to-face-rate")).isEqualByComparingTo(staffs.faceToFaceRate());
        return staffs;
    }

    @Test
    void aContactWayMustBeOneOfTheRule() {
        staff = people.staff();
        unit = people.unit();
        long id = assigned(people.deputy(), LocalDateTime.now(clock).minusDays(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> contact(id, "面商"))
                .isInstanceOf(cn.congress.domain.shared.DomainException.class).hasMessageContaining("联系方式");
        contact(id, "FACE");
        assertThat(as(unit, () -> details.view(id)).contacts()).singleElement().satisfies(c -> assertThat(c.way()).isEqualTo("面商"));
    }
}
