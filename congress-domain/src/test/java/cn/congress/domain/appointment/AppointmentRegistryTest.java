package cn.congress.domain.appointment;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.Committee;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.domain.term.TermRepository;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
class AppointmentRegistryTest {

    private static final String EDU = "测试市教育局";
    private static final String TRANSPORT = "测试市交通运输局";

    @Autowired AppointmentMotions appointments;
    @Autowired AppointmentRegistry registry;
    @Autowired OathCeremonies oaths;
    @Autowired AppointmentLetters letters;
    @Autowired PerformanceReports reports;
    @Autowired SessionService sessions;
    @Autowired VoteService votes;
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
        staff = committee.account("staff", Role.STAFF);
        appointAdmin = committee.account("appoint", Role.APPOINTMENT_ADMIN);
        people = committee.freshMembers(5);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    /** Holds a session on {@code day} deciding a motion; {@code yes[i]} members vote yes on item i, the rest no. */
    private AppointmentMotion decide(LocalDate day, List<AppointmentMotions.ItemDetails> items, int... yes) {
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        AppointmentMotion motion = appointments.create(new AppointmentMotions.MotionDetails("关于任免职务的议案", Proposer.MAYOR, "因工作需要"));
        items.forEach(i -> appointments.addItem(motion.getId(), i));
        appointments.submit(motion.getId());
        appointments.vet(motion.getId(), "材料齐全");
        Committee.asStaff(staff);
        Meeting meeting = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, day, day, "常委会会议室", false));
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        appointments.schedule(motion.getId(), meeting.getId(), "补录往期会议");
        Committee.asStaff(staff);
        sessions.start(meeting.getId());
        List<AppointmentItem> scheduled = appointments.get(motion.getId()).getItems();
        for (int i = 0; i < scheduled.size(); i++) {
            int yesVotes = yes[i];
            Committee.holdVote(votes, staff, scheduled.get(i).getVoteId(), people, p -> p < yesVotes ? BallotChoice.YES : BallotChoice.NO);
        }
        return appointments.get(motion.getId());
    }

    private static AppointmentMotions.ItemDetails item(String person, AppointmentAction action, String post, String organ) {
        return new AppointmentMotions.ItemDetails(person, action, post, organ, "1975年生，大学学历");
    }

    private List<String> holders(String post, String organ, LocalDate day) {
        return registry.heldOn(post, organ, day).stream().map(HoldingRow::personName).toList();
    }

    @Test
    void theRegistryAnswersWhoHeldAPostAndAllPostsOfAPersonAcrossAppointmentsAndRemovals() {
        LocalDate first = LocalDate.of(2023, 3, 1);
        LocalDate second = LocalDate.of(2024, 6, 15);
        LocalDate third = LocalDate.of(2025, 1, 10);
        String zhang = "张测试" + System.nanoTime() % 10000;

        AppointmentMotion m1 = decide(first, List.of(item(zhang, AppointmentAction.APPOINT, "局长", EDU),
                item("李落选", AppointmentAction.APPOINT, "副局长", EDU)), 3, 2);
        assertThat(m1.getStatus()).isEqualTo(MotionStatus.DECIDED);
        assertThat(m1.getItems()).extracting(AppointmentItem::getStatus).containsExactly(ItemStatus.ADOPTED, ItemStatus.REJECTED);

        decide(second, List.of(item(zhang, AppointmentAction.REMOVE, "局长", EDU),
                item("王继任", AppointmentAction.APPOINT, "局长", EDU)), 5, 4);
        decide(third, List.of(item(zhang, AppointmentAction.APPOINT, "局长", TRANSPORT)), 3);

        assertThat(holders("局长", EDU, first.minusDays(1))).isEmpty();
        assertThat(holders("局长", EDU, first)).containsExactly(zhang);
        assertThat(holders("局长", EDU, second.minusDays(1))).containsExactly(zhang);
        assertThat(holders("局长", EDU, second)).containsExactly("王继任");
        assertThat(holders("局长", EDU, third.plusYears(1))).containsExactly("王继任");
        assertThat(holders("副局长", EDU, third)).isEmpty();
        assertThat(holders("局长", TRANSPORT, second)).isEmpty();
        assertThat(holders("局长", TRANSPORT, third)).containsExactly(zhang);

        List<HoldingRow> posts = registry.postsOf(zhang);
        assertThat(posts).extracting(HoldingRow::organ).containsExactly(EDU, TRANSPORT);
        assertThat(posts.get(0).startDate()).isEqualTo(first);
        assertThat(posts.get(0).endDate()).isEqualTo(second);
        assertThat(posts.get(1).endDate()).isNull();
        assertThat(registry.postsOf("李落选")).isEmpty();
    }

    @Test
    void anAdoptedAppointmentGetsALetterAndAnOathAndAReportIsEvaluatedBySatisfactionVote() {
        LocalDate day = LocalDate.of(2024, 9, 20);
        String person = "赵宣誓" + System.nanoTime() % 10000;
        AppointmentMotion m = decide(day, List.of(item(person, AppointmentAction.APPOINT, "局长", "测试市民政局")), 4);
        AppointmentItem item = m.getItems().get(0);

        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        appointments.publish(m.getId());
        assertThat(oaths.awaitingOath()).extracting(SwearerRow::id).contains(item.getId());
        oaths.record(day.plusDays(1), "常委会会议厅", "主任", true, List.of(item.getId()));
        assertThat(oaths.awaitingOath()).extracting(SwearerRow::id).doesNotContain(item.getId());

        String number = letters.issue(item.getId());
        assertThat(number).matches(".+〔2024〕\\d+号");
        assertThatThrownBy(() -> letters.issue(item.getId())).isInstanceOf(TransitionRefused.class);
        assertThat(letters.letter(item.getId()).decisionText()).isEqualTo("任命" + person + "为测试市民政局局长");

        HoldingRow holding = registry.postsOf(person).get(0);
        PerformanceReport report = reports.submit(holding.id(), 2025, "2025年度履职报告", "全年履职情况");
        Committee.asStaff(staff);
        Meeting meeting = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.of(2026, 3, 1), null, null, false));
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        reports.schedule(report.getId(), meeting.getId());
        Committee.asStaff(staff);
        sessions.start(meeting.getId());
        long voteId = reports.get(report.getId()).getVoteId();
        votes.open(voteId);
        for (int p = 0; p < 3; p++) {
            Committee.as(people.get(p), Role.MEMBER);
            votes.cast(voteId, BallotChoice.YES, Map.of());
        }
        Committee.asStaff(staff);
        votes.close(voteId);
        assertThat(reports.get(report.getId()).getStatus()).isEqualTo(ReportStatus.EVALUATED);
        assertThat(reports.get(report.getId()).getSatisfied()).isTrue();
    }

    @Test
    void aMotionCannotBeChangedAfterSubmissionAndIsVotedSecretlyPersonByPerson() {
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        AppointmentMotion motion = appointments.create(new AppointmentMotions.MotionDetails("关于任命的议案", Proposer.COURT_PRESIDENT, "说明"));
        appointments.addItem(motion.getId(), item("甲", AppointmentAction.APPOINT, "审判员", "测试市中级人民法院"));
        appointments.addItem(motion.getId(), item("乙", AppointmentAction.APPOINT, "审判员", "测试市中级人民法院"));
        appointments.submit(motion.getId());
        assertThatThrownBy(() -> appointments.addItem(motion.getId(), item("丙", AppointmentAction.APPOINT, "审判员", "测试市中级人民法院")))
                .isInstanceOf(TransitionRefused.class);
        appointments.vet(motion.getId(), null);
        Committee.asStaff(staff);
        Meeting meeting = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now().plusDays(30), null, null, false));
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        appointments.schedule(motion.getId(), meeting.getId(), null);
        List<Vote> scheduled = votes.ofMeeting(meeting.getId());
        assertThat(scheduled).hasSize(2).allMatch(Vote::isSecret);
        assertThat(scheduled).extracting(Vote::getTargetType).containsOnly("AppointmentItem");
    }
}
