package cn.congress.legislation.bill;

import cn.congress.testsupport.ActAsSystem;
import org.junit.jupiter.api.extension.ExtendWith;
import cn.congress.domain.session.VoteConcluded;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.legislation.regulation.RegulationService;
import cn.congress.legislation.regulation.RegulationStatus;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
@ExtendWith(ActAsSystem.class)
class BillWorkflowTest {

    static final String TEXT_V1 = """
            第一章　总则
            第一条　为了加强城市供水管理，制定本条例。
            第二条　本条例适用于本市城市供水活动。
            第二章　附则
            第三条　本条例自公布之日起施行。
            """;
    static final String TEXT_V2 = """
            第一章　总则
            第一条　为了规范城市供水活动，保障供水安全，制定本条例。
            第二条　本条例适用于本市城市供水活动。
            第三条　城市供水应当优先保障居民生活用水。
            第二章　附则
            第四条　本条例自公布之日起施行。
            """;

    @Autowired
    BillService bills;
    @Autowired
    BillEventRepository events;
    @Autowired
    RegulationService regulations;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private Bill newBill(String title) {
        return bills.create(new BillService.BillDetails(title, BillKind.NEW, null, null, "市人民政府", "市水务局", "李主任", "张副市长"));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Bill bill = newBill("示例市城市供水条例（草案）甲");
        long id = bill.getId();

        assertThatThrownBy(() -> bills.recordReading(id, DAY, SessionRef.named("第三十次会议"), null))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("当前阶段不能记录第1次审议");
        assertThatThrownBy(() -> bills.sendForApproval(id, DAY, null)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> bills.startUnifiedReview(id, DAY, null)).isInstanceOf(TransitionRefused.class);

        bills.submit(id, DAY, null);
        assertThatThrownBy(() -> bills.submit(id, DAY, null)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> bills.submitToVote(id, DAY, null, null)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> bills.recordReading(id, DAY, null, null)).isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("会议");

        bills.recordReading(id, DAY, SessionRef.named("市十七届人大常委会第三十次会议"), "分组审议");
        assertThat(bills.get(id).getStatus()).isEqualTo(BillStatus.FIRST_READ);
        // the second reading needs the unified review first
        assertThatThrownBy(() -> bills.recordReading(id, DAY, SessionRef.named("第三十一次会议"), null))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> bills.submitToVote(id, DAY, null, null)).isInstanceOf(TransitionRefused.class);

        bills.startUnifiedReview(id, DAY, null);
        bills.recordReading(id, DAY.plusMonths(2), SessionRef.named("第三十一次会议"), null);
        bills.submitToVote(id, DAY.plusMonths(2), null, null);
        assertThatThrownBy(() -> bills.shelve(id, DAY, " ")).isInstanceOf(TransitionRefused.class);
        bills.shelve(id, DAY, "分歧较大");
        assertThat(bills.view(id, DAY).shelvingEndsOn()).isEqualTo(DAY.plusYears(2));
        assertThatThrownBy(() -> bills.recordVote(id, true, DAY, null, null)).isInstanceOf(TransitionRefused.class);
        bills.resume(id, DAY, null);
        assertThat(bills.get(id).getStatus()).isEqualTo(BillStatus.READY_FOR_VOTE);

        assertThat(events.findByBillIdOrderById(id)).extracting(BillEvent::getStep).containsExactly(
                BillStep.CREATED, BillStep.SUBMITTED, BillStep.FIRST_READING, BillStep.UNIFIED_REVIEW, BillStep.SECOND_READING,
                BillStep.SUBMITTED_TO_VOTE, BillStep.SHELVED, BillStep.RESUMED);
    }

    @Test
    void aThirdReadingIsNeededWhenDecided() {
        long id = newBill("示例市城市供水条例（草案）乙").getId();
        bills.submit(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("第一次"), null);
        bills.decideThreeReadings(id, true, DAY, "意见分歧较大");
        bills.startUnifiedReview(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("第二次"), null);
        assertThatThrownBy(() -> bills.submitToVote(id, DAY, null, null)).isInstanceOf(TransitionRefused.class).hasMessageContaining("三");
        bills.startUnifiedReview(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("第三次"), null);
        bills.submitToVote(id, DAY, null, null);
        assertThat(bills.get(id).getReadingsHeld()).isEqualTo(3);
    }

    @Test
    void aFrozenVersionCannotBeEdited() {
        long id = newBill("示例市城市供水条例（草案）丙").getId();
        BillVersion first = bills.saveVersion(id, VersionStage.FIRST_READING, TEXT_V1, null);
        bills.saveVersion(id, VersionStage.FIRST_READING, TEXT_V1 + "\n", "修改措辞");

        bills.saveVersion(id, VersionStage.SECOND_READING, TEXT_V2, null);

        assertThat(bills.version(id, first.getId()).isFrozen()).isTrue();
        assertThatThrownBy(() -> bills.saveVersion(id, VersionStage.FIRST_READING, TEXT_V2, null))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("不能修改");
        assertThatThrownBy(() -> bills.saveVersion(id, VersionStage.CONSULTATION, TEXT_V1, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> bills.saveVersion(id, VersionStage.VOTING, "没有条文的文本", null))
                .isInstanceOf(DomainException.class).hasMessageContaining("条文");

        BillService.ComparisonView cmp = bills.compare(id, first.getId(), bills.view(id, DAY).versions().get(1).id());
        assertThat(cmp.comparison().count(cn.congress.legislation.compare.RowKind.ADDED)).isEqualTo(1);
        assertThat(cmp.comparison().renumberedCount()).isEqualTo(1);
    }

    @Test
    void readingAFrozenStageTextFixesItByWorkflow() {
        long id = newBill("示例市城市供水条例（草案）丁").getId();
        BillVersion first = bills.saveVersion(id, VersionStage.FIRST_READING, TEXT_V1, null);
        bills.submit(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("第三十次会议"), null);
        assertThat(bills.version(id, first.getId()).isFrozen()).isTrue();
        assertThatThrownBy(() -> bills.saveVersion(id, VersionStage.FIRST_READING, TEXT_V2, null)).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void anAdoptedVoteAdvancesTheBillOnceAndPromulgationFillsTheLibrary() {
        long id = newBill("示例市城市供水条例（草案）戊").getId();
        bills.saveVersion(id, VersionStage.FIRST_READING, TEXT_V1, null);
        bills.submit(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("第三十次会议"), null);
        bills.startUnifiedReview(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("第三十一次会议"), null);
        bills.saveVersion(id, VersionStage.VOTING, TEXT_V2, null);
        bills.submitToVote(id, DAY, null, null);

        VoteConcluded vote = new VoteConcluded(9001L, 31L, 77L, "Bill", id, true, 40, 1, 2, 0, 43);
        tx.executeWithoutResult(s -> publisher.publishEvent(vote));
        tx.executeWithoutResult(s -> publisher.publishEvent(vote));
        tx.executeWithoutResult(s -> publisher.publishEvent(new VoteConcluded(9002L, 31L, 78L, "Motion", id, false, 1, 40, 0, 0, 41)));

        Bill bill = bills.get(id);
        assertThat(bill.getStatus()).isEqualTo(BillStatus.PASSED);
        assertThat(bill.getVoteId()).isEqualTo(9001L);
        assertThat(events.countByBillIdAndStep(id, BillStep.VOTE_ADOPTED)).isEqualTo(1);
        assertThat(events.findByBillIdOrderById(id)).filteredOn(e -> e.getStep() == BillStep.VOTE_ADOPTED)
                .singleElement().satisfies(e -> {
                    assertThat(e.getSessionId()).isEqualTo(31L);
                    assertThat(e.getRemark()).contains("赞成40票");
                });

        bills.sendForApproval(id, DAY.plusDays(5), null);
        BillService.ApprovalWindow window = bills.approvalWindow(bills.get(id), DAY.plusDays(5).plusMonths(4).minusDays(10));
        assertThat(window.dueOn()).isEqualTo(DAY.plusDays(5).plusMonths(4));
        assertThat(window.warn()).isTrue();
        assertThat(bills.approvalWindow(bills.get(id), DAY.plusDays(6)).warn()).isFalse();
        assertThatThrownBy(() -> bills.promulgate(id, "第1号", DAY.plusMonths(1), DAY.plusMonths(2))).isInstanceOf(TransitionRefused.class);
        bills.approve(id, DAY.plusMonths(1), null);
        bills.promulgate(id, "第1号", DAY.plusMonths(1).plusDays(3), DAY.plusMonths(3));
        assertThat(bills.view(id, DAY).filingDueOn()).isEqualTo(DAY.plusMonths(1).plusDays(3 + 15));

        Bill promulgated = bills.get(id);
        assertThat(promulgated.getRegulationId()).isNotNull();
        var view = regulations.view(promulgated.getRegulationId(), null);
        assertThat(view.regulation().title()).isEqualTo("示例市城市供水条例戊");
        assertThat(view.regulation().status()).isEqualTo(RegulationStatus.IN_FORCE);
        assertThat(view.text().articles()).hasSize(4);
        assertThatThrownBy(() -> bills.takeEffect(id, DAY.plusMonths(2))).isInstanceOf(TransitionRefused.class);
        bills.takeEffect(id, DAY.plusMonths(3));
        assertThat(bills.get(id).getStatus()).isEqualTo(BillStatus.IN_FORCE);
    }

    @Autowired
    ApprovalReminders reminders;

    @Test
    void theApprovalWindowIsRemindedWhenItClosesIn() {
        long id = newBill("示例市城市供水条例（草案）庚").getId();
        bills.submit(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("一"), null);
        bills.startUnifiedReview(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("二"), null);
        bills.submitToVote(id, DAY, null, null);
        bills.recordVote(id, true, DAY, SessionRef.named("二"), "赞成40票");
        LocalDate today = LocalDate.of(2026, 11, 21);
        bills.sendForApproval(id, today.minusMonths(4).plusDays(12), null);

        assertThat(reminders.remindersDue(today)).filteredOn(r -> r.link().equals("/legislation/bills/" + id)).singleElement()
                .satisfies(r -> {
                    assertThat(r.title()).startsWith("报请批准期限将至");
                    assertThat(r.body()).contains("2026年12月2日").contains("还剩11天");
                    assertThat(r.dedupeKey()).endsWith("-warning");
                });
        assertThat(reminders.remindersDue(today.plusDays(13))).filteredOn(r -> r.link().equals("/legislation/bills/" + id)).singleElement()
                .satisfies(r -> assertThat(r.dedupeKey()).endsWith("-overdue"));
        assertThat(reminders.remindersDue(today.minusDays(60))).noneMatch(r -> r.link().equals("/legislation/bills/" + id));
    }

    @Test
    void aRejectedVoteClosesTheBill() {
        long id = newBill("示例市城市供水条例（草案）己").getId();
        bills.submit(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("一"), null);
        bills.startUnifiedReview(id, DAY, null);
        bills.recordReading(id, DAY, SessionRef.named("二"), null);
        bills.submitToVote(id, DAY, null, null);
        tx.executeWithoutResult(s -> publisher.publishEvent(new VoteConcluded(9100L, 32L, 79L, "Bill", id, false, 20, 15, 5, 3, 43)));
        assertThat(bills.get(id).getStatus()).isEqualTo(BillStatus.REJECTED);
        assertThatThrownBy(() -> bills.withdraw(id, DAY, "撤回")).isInstanceOf(TransitionRefused.class);
    }
}
