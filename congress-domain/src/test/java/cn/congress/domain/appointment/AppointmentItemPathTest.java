package cn.congress.domain.appointment;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.domain.rules.RuleKeys;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.Committee;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.session.VoteStatus;
import cn.congress.domain.shared.DomainException;
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

import cn.congress.domain.shared.TimelineEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-item path of domain guide §6.5: not voted, adopted → published → sworn in → certificate issued. */
@CongressTest
class AppointmentItemPathTest {

    private static final String ORGAN = "路径市财政局";

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

    UserAccount staff;
    UserAccount appointAdmin;
    List<UserAccount> people;

    @BeforeEach
    void setUp() {
        Committee.system();
        Committee committee = new Committee(accounts, members, terms);
        staff = committee.account("pstaff", Role.STAFF);
        appointAdmin = committee.account("pappoint", Role.APPOINTMENT_ADMIN);
        people = committee.freshMembers(3);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private void voteYes(long voteId) {
        Committee.holdVote(votes, staff, voteId, people, i -> BallotChoice.YES);
    }

    private static ItemStatus status(AppointmentMotion m, int index) {
        return m.getItems().get(index).getStatus();
    }

    @Test
    void eachPersonGoesThroughNotVotedOrAdoptedPublishedSwornInAndCertificateInOrder() {
        String suffix = String.valueOf(System.nanoTime() % 10000);
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        AppointmentMotion motion = appointments.create(new AppointmentMotions.MotionDetails("关于任免的议案" + suffix, Proposer.MAYOR, "因工作需要"));
        appointments.addItem(motion.getId(), new AppointmentMotions.ItemDetails("任甲" + suffix, AppointmentAction.APPOINT, "局长", ORGAN, null));
        appointments.addItem(motion.getId(), new AppointmentMotions.ItemDetails("免乙" + suffix, AppointmentAction.REMOVE, "局长", ORGAN, null));
        appointments.addItem(motion.getId(), new AppointmentMotions.ItemDetails("缓丙" + suffix, AppointmentAction.APPOINT, "副局长", ORGAN, null));
        appointments.submit(motion.getId());
        appointments.vet(motion.getId(), null);
        Committee.asStaff(staff);
        Meeting meeting = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, null, false));
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        appointments.schedule(motion.getId(), meeting.getId(), "临时动议");
        Committee.asStaff(staff);
        sessions.start(meeting.getId());
        List<AppointmentItem> items = appointments.get(motion.getId()).getItems();
        long appoint = items.get(0).getId();
        long remove = items.get(1).getId();
        long held = items.get(2).getId();

        // 不付表决 needs a reason, then cancels the person's vote, which can no longer be opened
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        assertThatThrownBy(() -> appointments.notVote(motion.getId(), held, " ")).isInstanceOf(DomainException.class);
        appointments.notVote(motion.getId(), held, "审议中提出重要问题，主任会议决定暂不付表决");
        assertThat(status(appointments.get(motion.getId()), 2)).isEqualTo(ItemStatus.NOT_VOTED);
        long heldVote = items.get(2).getVoteId();
        assertThat(votes.get(heldVote).getStatus()).isEqualTo(VoteStatus.CANCELLED);
        Committee.asStaff(staff);
        assertThatThrownBy(() -> votes.open(heldVote)).isInstanceOf(TransitionRefused.class);

        // nothing after the vote happens before it
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        assertThatThrownBy(() -> appointments.publish(motion.getId())).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> oaths.record(LocalDate.now(), "会议厅", "主任", true, List.of(appoint)))
                .isInstanceOf(TransitionRefused.class);

        voteYes(items.get(0).getVoteId());
        voteYes(items.get(1).getVoteId());
        AppointmentMotion decided = appointments.get(motion.getId());
        assertThat(decided.getStatus()).isEqualTo(MotionStatus.DECIDED);
        assertThat(status(decided, 0)).isEqualTo(ItemStatus.ADOPTED);
        Committee.as(appointAdmin, Role.APPOINTMENT_ADMIN);
        assertThatThrownBy(() -> appointments.notVote(motion.getId(), appoint, "理由")).isInstanceOf(TransitionRefused.class);

        // adopted but not announced: no oath, no letter; nothing saved by the refusals
        assertThatThrownBy(() -> oaths.record(LocalDate.now(), "会议厅", "主任", true, List.of(appoint)))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("公告");
        assertThatThrownBy(() -> letters.issue(appoint)).isInstanceOf(TransitionRefused.class).hasMessageContaining("宣誓");
        assertThat(appointments.view(motion.getId()).items()).extracting(MotionView.Item::ceremonyId).containsOnlyNulls();

        String announcement = appointments.publish(motion.getId());
        assertThat(announcement).startsWith(rules.text(RuleKeys.ANNOUNCEMENT_PREFIX) + "〔" + LocalDate.now().getYear() + "〕").endsWith("号");
        AppointmentMotion published = appointments.get(motion.getId());
        assertThat(published.getItems()).extracting(AppointmentItem::getStatus)
                .containsExactly(ItemStatus.PUBLISHED, ItemStatus.PUBLISHED, ItemStatus.NOT_VOTED);
        assertThat(published.getItems().get(0).getAnnouncementNumber()).isEqualTo(announcement);
        assertThat(published.getItems().get(1).getNextSteps()).isEmpty();
        assertThat(published.getItems().get(0).getNextSteps()).containsExactly(ItemStatus.SWORN_IN);
        assertThatThrownBy(() -> appointments.publish(motion.getId())).isInstanceOf(TransitionRefused.class);

        // a removal is not sworn in; an appointment is, once, at the ceremony it is linked to
        assertThatThrownBy(() -> oaths.record(LocalDate.now(), "会议厅", "主任", true, List.of(remove)))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("无需宪法宣誓");
        assertThatThrownBy(() -> letters.issue(appoint)).isInstanceOf(TransitionRefused.class);
        long ceremony = oaths.record(LocalDate.now(), "会议厅", "主任", true, List.of(appoint));
        assertThat(status(appointments.get(motion.getId()), 0)).isEqualTo(ItemStatus.SWORN_IN);
        assertThat(appointments.view(motion.getId()).items()).extracting(MotionView.Item::ceremonyId).containsExactly(ceremony, null, null);
        assertThatThrownBy(() -> oaths.record(LocalDate.now(), "会议厅", "主任", true, List.of(appoint)))
                .isInstanceOf(TransitionRefused.class);

        String letter = letters.issue(appoint);
        assertThat(status(appointments.get(motion.getId()), 0)).isEqualTo(ItemStatus.CERTIFICATE_ISSUED);
        assertThat(appointments.get(motion.getId()).getItems().get(0).getLetterNumber()).isEqualTo(letter);
        assertThat(registry.postsOf("任甲" + suffix)).hasSize(1);

        assertThat(appointments.history(motion.getId())).extracting(TimelineEntry::labelKey)
                .contains(MotionEvent.NOT_VOTED.getMessageKey(), MotionEvent.ADOPTED.getMessageKey(), MotionEvent.DECIDED.getMessageKey(),
                        MotionEvent.PUBLISHED.getMessageKey(), MotionEvent.SWORN_IN.getMessageKey(), MotionEvent.LETTER_ISSUED.getMessageKey());
    }
}
