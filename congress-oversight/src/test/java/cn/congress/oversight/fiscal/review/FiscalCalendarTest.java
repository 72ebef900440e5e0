package cn.congress.oversight.fiscal.review;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.domain.notification.Reminder;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.Committee;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.term.TermRepository;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.OversightScenario;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statutory fiscal calendar: legal windows, documents before scheduling, the approval vote, resolutions, reminders. */
@CongressTest
class FiscalCalendarTest {

    @Autowired ReviewService reviews;
    @Autowired ReviewReminders reminders;
    @Autowired SessionService sessions;
    @Autowired VoteService votes;
    @Autowired OrgUnitRepository orgs;
    @Autowired UserAccountRepository accounts;
    @Autowired ScMemberRepository members;
    @Autowired TermRepository terms;
    @Autowired Clock clock;

    OversightFixture fx;
    UserAccount staff;
    Committee committee;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fx = new OversightFixture(orgs, accounts);
        staff = fx.account("cal-staff", fx.org("财经委", OrgType.SPECIAL_COMMITTEE));
        committee = new Committee(accounts, members, terms);
        today = LocalDate.now(clock);
        OversightFixture.as(staff, Role.STAFF);
    }

    @AfterEach
    void tearDown() {
        OversightFixture.clear();
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void finalAccountsNeedTheirDocumentsAndAreApprovedByTheSessionsVote() {
        int year = today.getYear();
        assertThatThrownBy(() -> reviews.plan(year, ReviewKind.FINAL_ACCOUNTS, "决算", 3))
                .isInstanceOf(DomainException.class).hasMessageContaining("6月至9月");
        long id = reviews.plan(year, ReviewKind.FINAL_ACCOUNTS, year - 1 + "年度市级决算", 6);
        List<UserAccount> people = committee.freshMembers(5);
        Meeting session = OversightScenario.session(sessions, committee, staff, people, today);
        OversightFixture.as(staff, Role.STAFF);
        reviews.schedule(id, reviews.view(id).version(), session.getId());
        assertThat(reviews.calendar(year)).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.documentsComplete()).isFalse();
            assertThat(r.documentsDueOn()).isEqualTo(today.minusDays(30));
        });
        reviews.upload(id, DocumentKind.GOVERNMENT_REPORT, "决算报告.pdf", pdf());
        reviews.upload(id, DocumentKind.PRELIMINARY_REVIEW, "初审报告.pdf", pdf());
        var scheduled = reviews.view(id);
        assertThat(scheduled.status()).isEqualTo(ReviewStatus.SCHEDULED);
        assertThat(scheduled.voteId()).isNotNull();
        // an approval item is decided by the vote, never by a recorded resolution
        assertThat(scheduled.actions()).doesNotContain(ReviewStep.RECORD_RESOLUTION);
        assertThatThrownBy(() -> reviews.recordResolution(id, scheduled.version(), "批准")).isInstanceOf(DomainException.class);

        Committee.holdVote(votes, staff, scheduled.voteId(), people, i -> i < 4 ? BallotChoice.YES : BallotChoice.NO);
        OversightFixture.as(staff, Role.STAFF);
        var decided = reviews.view(id);
        assertThat(decided.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(decided.resolution()).contains("赞成4票");
        assertThat(reviews.calendar(year)).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.documentsComplete()).isTrue();
        });
    }

    @Test
    void aReportWithoutAVoteGetsItsResolutionAndMissingDocumentsAreReminded() {
        int year = today.getYear();
        long id = reviews.plan(year, ReviewKind.STATE_ASSETS, "国有资产管理情况综合报告", today.getMonthValue());
        List<UserAccount> people = committee.freshMembers(3);
        Meeting session = OversightScenario.session(sessions, committee, staff, people, today.plusDays(20));
        OversightFixture.as(staff, Role.STAFF);
        reviews.schedule(id, reviews.view(id).version(), session.getId());
        assertThat(reviews.view(id).voteId()).isNull();
        assertThatThrownBy(() -> reviews.recordResolution(id, reviews.view(id).version(), "审议意见"))
                .isInstanceOf(DomainException.class).hasMessageContaining("初审报告");
        // the documents were due 30 days (the rules) before the session, ten days ago: staff are reminded of this item only
        long complete = reviews.plan(year, ReviewKind.DEBT, "政府债务管理情况报告", today.getMonthValue());
        reviews.upload(complete, DocumentKind.GOVERNMENT_REPORT, "报告.pdf", pdf());
        reviews.upload(complete, DocumentKind.PRELIMINARY_REVIEW, "初审.pdf", pdf());
        reviews.schedule(complete, reviews.view(complete).version(), session.getId());
        assertThat(reminders.remindersDue(today)).extracting(Reminder::link).contains("/fiscal/reviews/" + id)
                .doesNotContain("/fiscal/reviews/" + complete);
        reviews.upload(id, DocumentKind.GOVERNMENT_REPORT, "报告.pdf", pdf());
        reviews.upload(id, DocumentKind.PRELIMINARY_REVIEW, "初审.pdf", pdf());
        assertThat(reminders.remindersDue(today)).extracting(Reminder::link).doesNotContain("/fiscal/reviews/" + id);
        reviews.recordResolution(id, reviews.view(id).version(), "常委会组成人员建议进一步摸清资产底数……");
        assertThat(reviews.view(id).status()).isEqualTo(ReviewStatus.DECIDED);

        OversightFixture.as(fx.account("cal-unit", null), Role.UNIT);
        assertThatThrownBy(() -> reviews.calendar(year)).isInstanceOf(AccessDeniedException.class);
    }
}
