package cn.congress.web.legislation;

import cn.congress.web.Logins;
import cn.congress.domain.session.AgendaItem;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteMethod;
import cn.congress.domain.session.VoteRule;
import cn.congress.domain.session.VoteService;
import cn.congress.legislation.bill.Bill;
import cn.congress.legislation.bill.BillEvent;
import cn.congress.legislation.bill.BillEventRepository;
import cn.congress.legislation.bill.BillKind;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.BillStatus;
import cn.congress.legislation.bill.BillStep;
import cn.congress.legislation.bill.SessionRef;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A bill's reading goes on a real standing-committee session's agenda; the session's vote advances the bill once. */
@WebIntegrationTest
class BillSessionIntegrationTest {

    @Autowired
    SessionService sessions;
    @Autowired
    VoteService votes;
    @Autowired
    BillService bills;
    @Autowired
    BillEventRepository events;
    @Autowired
    cn.congress.domain.member.ScMemberService members;
    @Autowired
    cn.congress.domain.account.UserAccountRepository accounts;

    @Test
    void readingsAreScheduledOnTheAgendaAndTheAdoptedVotePassesTheBillOnce() {
        Logins.asSystem();
        LocalDate day = LocalDate.now().plusDays(10);
        if (members.currentMembers().isEmpty()) {
            members.add("赵建国", cn.congress.domain.member.ScPosition.MEMBER, accounts.findByUsername("member").orElseThrow().getId(), 1);
        }
        var meeting = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, day, day.plusDays(1), "市人大常委会会议厅", false));
        assertThat(bills.sessionRef(meeting.getId(), null).title()).isEqualTo(meeting.getTitle());

        Bill bill = bills.create(new BillService.BillDetails("示例市城市绿化条例（草案）会议联动", BillKind.NEW, null, null, "示例市人民政府",
                "市城市管理局", null, null));
        long id = bill.getId();
        bills.submit(id, day, null);
        bills.scheduleReadingAt(id, meeting.getId(), day);
        List<AgendaItem> agenda = sessions.agenda(meeting.getId());
        assertThat(agenda).anySatisfy(item -> {
            assertThat(item.getTitle()).contains("示例市城市绿化条例（草案）会议联动").contains("第1次审议");
            assertThat(item.getTargetType()).isEqualTo("Bill");
            assertThat(item.getTargetId()).isEqualTo(id);
        });
        assertThat(bills.get(id).getStatus()).isEqualTo(BillStatus.FIRST_READING_SCHEDULED);
        bills.recordReading(id, day, bills.sessionRef(meeting.getId(), null), null);
        bills.startUnifiedReview(id, day, null);
        bills.recordReading(id, day, SessionRef.named("第二次审议的会议"), null);
        bills.submitToVote(id, day, null, null);

        AgendaItem item = agenda.stream().filter(i -> id == (i.getTargetId() == null ? -1 : i.getTargetId())).findFirst().orElseThrow();
        sessions.start(meeting.getId());
        var vote = votes.prepare(meeting.getId(), item.getId(), new VoteService.NewVote("表决《示例市城市绿化条例（草案）》", VoteKind.MOTION,
                VoteMethod.SHOW_OF_HANDS, VoteRule.MAJORITY_OF_ALL, false, "Bill", id, List.of()));
        votes.open(vote.getId());
        int present = sessions.quorum(meeting.getId()).present();
        votes.recordShowOfHands(vote.getId(), present, 0, 0, "举手表决");

        assertThat(bills.get(id).getStatus()).isEqualTo(BillStatus.PASSED);
        assertThat(events.findByBillIdOrderById(id)).filteredOn(e -> e.getStep() == BillStep.VOTE_ADOPTED).singleElement()
                .extracting(BillEvent::getSessionId).isEqualTo(meeting.getId());
        assertThat(events.findByBillIdOrderById(id)).filteredOn(e -> e.getStep() == BillStep.READING_SCHEDULED).singleElement()
                .satisfies(e -> assertThat(e.getAgendaItemId()).isEqualTo(item.getId()));
    }
}
