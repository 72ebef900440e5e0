package cn.congress.domain.appointment;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.Committee;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.term.TermRepository;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The appointment rules of the rules table: submission lead time, re-proposal interval, two rejections per term. */
@CongressTest
class AppointmentRulesTest {

    private static final String ORGAN = "规则市审计局";

    @Autowired AppointmentMotions appointments;
    @Autowired AppointmentRegistry registry;
    @Autowired OathCeremonies oaths;
    @Autowired AppointmentLetters letters;
    @Autowired PerformanceReports reports;
    @Autowired SessionService sessions;
    @Autowired VoteService votes;
    @Autowired Rules rules;
    @Autowired UserAccountRepository accounts;
    @Autowired ScMemberRepository members;
    @Autowired TermRepository terms;

    Committee committee;
    UserAccount staff;
    UserAccount appointAdmin;
    List<UserAccount> people;

    @BeforeEach
    void setUp() {
        Committee.system();
        committee = new Committee(accounts, members, terms);
        staff = committee.account("rstaff", Role.STAFF);
        appointAdmin = committee.account("rappoint", Role.APPOINTMENT_ADMIN);
        people = committee.freshMembers(3);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private AppointmentMotion vetted(String person) {
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        AppointmentMotion m = appointments.create(new AppointmentMotions.MotionDetails("关于任命" + person + "的议案", Proposer.MAYOR, "因工作需要"));
        appointments.addItem(m.getId(), new AppointmentMotions.ItemDetails(person, AppointmentAction.APPOINT, "局长", ORGAN, null));
        appointments.submit(m.getId());
        appointments.vet(m.getId(), null);
        return m;
    }

    private Meeting session(LocalDate day) {
        Committee.asStaff(staff);
        Meeting meeting = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, day, day, "会议室", false));
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        return meeting;
    }

    /** Puts the vetted motion on a session held {@code day} (a past session needs the exception) and rejects it. */
    private void rejectAt(AppointmentMotion m, LocalDate day) {
        Meeting meeting = session(day);
        appointments.schedule(m.getId(), meeting.getId(), "补录往期会议");
        Committee.asStaff(staff);
        sessions.start(meeting.getId());
        Committee.holdVote(votes, staff, appointments.get(m.getId()).getItems().get(0).getVoteId(), people, i -> BallotChoice.NO);
        assertThat(appointments.get(m.getId()).getItems().get(0).getStatus()).isEqualTo(ItemStatus.REJECTED);
    }

    @Test
    void aMotionSubmittedTooLateIsRefusedWithNothingSavedUnlessAReasonForTheExceptionIsRecorded() {
        int lead = rules.integer(AppointmentMotions.LEAD_DAYS);
        AppointmentMotion m = vetted("时限甲" + System.nanoTime() % 10000);
        Meeting soon = session(LocalDate.now().plusDays(lead - 1));

        assertThatThrownBy(() -> appointments.schedule(m.getId(), soon.getId(), "  "))
                .isInstanceOf(DomainException.class).hasMessageContaining("少于规定的" + lead + "日").hasMessageContaining("例外理由");
        assertThat(appointments.get(m.getId()).getStatus()).isEqualTo(MotionStatus.VETTED);
        assertThat(sessions.get(soon.getId()).getId()).isNotNull();
        assertThat(votes.ofMeeting(soon.getId())).isEmpty();

        appointments.schedule(m.getId(), soon.getId(), "市政府换届后急需任命");
        AppointmentMotion scheduled = appointments.get(m.getId());
        assertThat(scheduled.getStatus()).isEqualTo(MotionStatus.SCHEDULED);
        assertThat(scheduled.getLeadTimeException()).isEqualTo("市政府换届后急需任命");
        assertThat(appointments.history(m.getId())).anyMatch(h -> h.labelKey().equals(MotionEvent.LEAD_TIME_EXCEPTION.getMessageKey()) && h.remark().equals("市政府换届后急需任命"));

        AppointmentMotion timely = vetted("时限乙" + System.nanoTime() % 10000);
        Meeting later = session(LocalDate.now().plusDays(lead));
        appointments.schedule(timely.getId(), later.getId(), "不需要的理由");
        assertThat(appointments.get(timely.getId()).getLeadTimeException()).isNull();
    }

    @Test
    void aRejectedNomineeWaitsTheRuleIntervalAndIsBarredForTheTermAfterTheSecondRejection() {
        int months = rules.integer(AppointmentMotions.REPROPOSAL_MONTHS);
        String person = "再提" + System.nanoTime() % 10000;

        rejectAt(vetted(person), LocalDate.now().minusDays(3));
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        AppointmentMotion again = appointments.create(new AppointmentMotions.MotionDetails("再次提请", Proposer.MAYOR, "说明"));
        appointments.addItem(again.getId(), new AppointmentMotions.ItemDetails(person, AppointmentAction.APPOINT, "局长", ORGAN, null));
        assertThatThrownBy(() -> appointments.submit(again.getId()))
                .isInstanceOf(DomainException.class).hasMessageContaining("须满" + months + "个月");
        assertThat(appointments.get(again.getId()).getStatus()).isEqualTo(MotionStatus.DRAFTED);
        assertThat(appointments.get(again.getId()).getSubmittedOn()).isNull();

        // another post, or another person, is not affected
        appointments.addItem(again.getId(), new AppointmentMotions.ItemDetails(person + "乙", AppointmentAction.APPOINT, "局长", ORGAN, null));
        AppointmentMotion other = appointments.create(new AppointmentMotions.MotionDetails("另一职务", Proposer.MAYOR, "说明"));
        appointments.addItem(other.getId(), new AppointmentMotions.ItemDetails(person, AppointmentAction.APPOINT, "副局长", ORGAN, null));
        appointments.submit(other.getId());

        String second = "两次" + System.nanoTime() % 10000;
        rejectAt(vetted(second), LocalDate.now().minusMonths(months * 3L));
        // after the interval the nominee may be proposed again, and is rejected a second time
        rejectAt(vetted(second), LocalDate.now().minusMonths(months).minusDays(1));
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        AppointmentMotion third = appointments.create(new AppointmentMotions.MotionDetails("第三次提请", Proposer.MAYOR, "说明"));
        appointments.addItem(third.getId(), new AppointmentMotions.ItemDetails(second, AppointmentAction.APPOINT, "局长", ORGAN, null));
        assertThatThrownBy(() -> appointments.submit(third.getId()))
                .isInstanceOf(DomainException.class).hasMessageContaining("两次未获通过");
    }
}
