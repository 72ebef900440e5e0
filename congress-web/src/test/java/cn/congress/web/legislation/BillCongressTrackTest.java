package cn.congress.web.legislation;

import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteConcluded;
import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.bill.Bill;
import cn.congress.legislation.bill.BillDetail;
import cn.congress.legislation.bill.BillEvent;
import cn.congress.legislation.bill.BillEventRepository;
import cn.congress.legislation.bill.BillKind;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.BillStatus;
import cn.congress.legislation.bill.BillStep;
import cn.congress.legislation.bill.EnactingBody;
import cn.congress.legislation.bill.SessionRef;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A bill of 特别重大事项 is enacted by the people's congress: only a vote at a congress session decides it. */
@WebIntegrationTest
class BillCongressTrackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    BillService bills;
    @Autowired
    BillEventRepository events;
    @Autowired
    SessionService sessions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;

    @Test
    void onlyAVoteAtACongressSessionDecidesACongressTrackBill() throws Exception {
        Logins.asSystem();
        LocalDate day = LocalDate.now().plusDays(40);
        long sc = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, day, day, "市人大常委会会议厅", false)).getId();
        long congress = sessions.create(new SessionService.Details(SessionKind.CONGRESS, day.plusDays(5), day.plusDays(8), "示例市人民大会堂", false)).getId();

        Bill bill = bills.create(new BillService.BillDetails("示例市城市总体发展规定（草案）", BillKind.NEW, null, null, "市人大常委会",
                "法制工作委员会", null, null, EnactingBody.CONGRESS));
        long id = bill.getId();
        readyForVote(id, day);

        assertThatThrownBy(() -> bills.recordVote(id, true, day, bills.sessionRef(sc, null), null))
                .isInstanceOf(DomainException.class).hasMessageContaining("须在人民代表大会会议上表决");
        tx.executeWithoutResult(s -> publisher.publishEvent(new VoteConcluded(9501L, sc, 1L, "Bill", id, true, 40, 0, 0, 0, 43)));
        assertThat(bills.get(id).getStatus()).isEqualTo(BillStatus.READY_FOR_VOTE);

        String detail = page("/legislation/bills/" + id);
        assertThat(detail).contains("由人民代表大会制定").contains("表决在人民代表大会会议上进行");
        String edit = mvc.perform(post("/legislation/bills/" + id + "/edit").with(csrf()).with(Logins.as(users, "staff3"))
                        .param("title", bill.getTitle()).param("kind", "NEW").param("sponsor", "市人大常委会").param("draftingUnit", "法制工作委员会")
                        .param("enactingBody", "STANDING_COMMITTEE").param("version", String.valueOf(bills.get(id).getVersion())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Logins.asSystem();
        assertThat(edit).contains("不能再改变制定机关");
        assertThat(bills.get(id).getEnactingBody()).isEqualTo(EnactingBody.CONGRESS);

        tx.executeWithoutResult(s -> publisher.publishEvent(new VoteConcluded(9502L, congress, 2L, "Bill", id, true, 420, 10, 5, 0, 480)));
        assertThat(bills.get(id).getStatus()).isEqualTo(BillStatus.PASSED);
        assertThat(events.findByBillIdOrderById(id)).filteredOn(e -> e.getStep() == BillStep.VOTE_ADOPTED).singleElement()
                .extracting(BillEvent::getSessionId).isEqualTo(congress);

        // a standing-committee bill is not decided by the congress's vote
        Bill ordinary = bills.create(new BillService.BillDetails("示例市公园条例（草案）", BillKind.NEW, null, null, "示例市人民政府",
                "市园林局", null, null));
        readyForVote(ordinary.getId(), day);
        tx.executeWithoutResult(s -> publisher.publishEvent(new VoteConcluded(9503L, congress, 3L, "Bill", ordinary.getId(), true, 420, 0, 0, 0, 480)));
        assertThat(bills.get(ordinary.getId()).getStatus()).isEqualTo(BillStatus.READY_FOR_VOTE);
        tx.executeWithoutResult(s -> publisher.publishEvent(new VoteConcluded(9504L, sc, 4L, "Bill", ordinary.getId(), true, 40, 0, 0, 0, 43)));
        assertThat(bills.get(ordinary.getId()).getStatus()).isEqualTo(BillStatus.PASSED);

        assertThat(page("/legislation/bills?body=CONGRESS")).contains("示例市城市总体发展规定（草案）").doesNotContain("示例市公园条例（草案）")
                .contains("人民代表大会");
        assertThat(page("/legislation/bills?body=STANDING_COMMITTEE")).contains("示例市公园条例（草案）")
                .doesNotContain("示例市城市总体发展规定（草案）");
        assertThat(page("/legislation/bills/new")).contains("制定机关").contains("name=\"enactingBody\"");
    }

    @Test
    void theEnactingBodyIsChosenWhenCreatingAndChangeableBeforeTheVote() throws Exception {
        mvc.perform(post("/legislation/bills/new").with(csrf()).with(Logins.as(users, "staff3")).param("_formToken", "")
                        .param("title", "示例市重大事项测试条例（草案）").param("kind", "NEW").param("sponsor", "市人大常委会")
                        .param("draftingUnit", "法制工作委员会").param("enactingBody", "CONGRESS"))
                .andExpect(status().is3xxRedirection());
        Logins.asSystem();
        BillDetail created = bills.page(null, null, EnactingBody.CONGRESS, "重大事项测试", org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent().get(0);
        assertThat(created.congressTrack()).isTrue();
        bills.update(created.id(), created.version(), new BillService.BillDetails(created.title(), BillKind.NEW, null, null,
                "市人大常委会", "法制工作委员会", null, null, EnactingBody.STANDING_COMMITTEE));
        assertThat(bills.get(created.id()).getEnactingBody()).isEqualTo(EnactingBody.STANDING_COMMITTEE);
    }

    private void readyForVote(long id, LocalDate day) {
        bills.submit(id, day, null);
        bills.recordReading(id, day, SessionRef.named("常委会第一次审议"), null);
        bills.startUnifiedReview(id, day, null);
        bills.recordReading(id, day, SessionRef.named("常委会第二次审议"), null);
        bills.submitToVote(id, day, null, null);
    }

    private String page(String path) throws Exception {
        String html = mvc.perform(get(path).with(Logins.as(users, "staff3"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Logins.asSystem();
        return html;
    }
}
