package cn.congress.web.demo;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo history reads like a year of work: dates spread over the months, in the order the workflow implies. */
@WebIntegrationTest
class DemoHistoryDatesTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void suggestionStepsAreSpreadOverTheYearInWorkflowOrder() {
        Integer days = jdbc.queryForObject("""
                select count(distinct (e.occurred_at at time zone 'Asia/Shanghai')::date) from suggestion_event e
                join suggestion s on s.id = e.suggestion_id where coalesce(s.created_by, '') <> 'generator'""", Integer.class);
        Integer months = jdbc.queryForObject("""
                select count(distinct date_trunc('month', e.occurred_at at time zone 'Asia/Shanghai')) from suggestion_event e
                join suggestion s on s.id = e.suggestion_id where coalesce(s.created_by, '') <> 'generator'""", Integer.class);
        assertThat(days).as("days with a suggestion step").isGreaterThan(60);
        assertThat(months).as("months with a suggestion step").isGreaterThanOrEqualTo(8);
        Integer outOfOrder = jdbc.queryForObject("""
                select count(*) from suggestion_event a join suggestion_event b
                  on a.suggestion_id = b.suggestion_id and a.id < b.id and a.occurred_at > b.occurred_at
                where a.step not in ('CREATE', 'SUBMIT', 'ACCEPT') and b.step not in ('CREATE', 'SUBMIT', 'ACCEPT')""", Integer.class);
        assertThat(outOfOrder).as("steps recorded later but dated earlier").isZero();
        assertThat(jdbc.queryForObject("select count(*) from suggestion_event where occurred_at > now()", Integer.class))
                .as("steps dated in the future").isZero();
    }

    @Test
    void appointmentMotionsAreSubmittedBeforeTheirSessionAndBillVersionsSavedOnTheirOwnDays() {
        Integer motions = jdbc.queryForObject("select count(*) from appointment_motion where submitted_on is not null", Integer.class);
        Integer distinct = jdbc.queryForObject("select count(distinct submitted_on) from appointment_motion where submitted_on is not null", Integer.class);
        assertThat(motions).isGreaterThan(3);
        assertThat(distinct).as("distinct 提请日期").isEqualTo(motions);
        Integer lateMotions = jdbc.queryForObject("""
                select count(*) from appointment_motion a join meeting m on m.id = a.meeting_id where a.submitted_on >= m.start_date""",
                Integer.class);
        assertThat(lateMotions).as("motions submitted on or after the session that decided them").isZero();

        Integer versions = jdbc.queryForObject("select count(*) from bill_version", Integer.class);
        Integer versionDays = jdbc.queryForObject("select count(distinct (created_at at time zone 'Asia/Shanghai')::date) from bill_version", Integer.class);
        assertThat(versionDays).as("days on which bill versions were saved").isGreaterThanOrEqualTo(versions - 1);
    }
}
