package cn.congress.deputies.suggestion;

import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.notification.NotificationService;
import cn.congress.domain.shared.SystemTask;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Tells the people concerned what happened to a suggestion, after the change has committed (a refused or rolled
 * back action notifies nobody). Sending is work of the system, so it runs inside {@link SystemTask}, in its own
 * transaction.
 */
@Component
@RequiredArgsConstructor
class SuggestionNotifications {

    private final NotificationService notifications;
    private final UserAccountRepository accounts;

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.SignaturesRequested e) {
        send(e.invitedAccountIds(), "请确认附议：" + e.title(), e.leadDeputyName() + "代表邀请您附议该建议，请在建议页面确认。", e.id());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.WithdrawalRequested e) {
        send(e.signerAccountIds(), "请确认是否同意撤回：" + e.title(),
                e.leadDeputyName() + "代表申请撤回您附议的建议，须经全部附议代表同意。", e.id());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.WithdrawnByConsent e) {
        send(one(e.leadDeputyAccountId()), "建议已撤回：" + e.title(), "附议代表均已同意，建议已撤回。", e.id());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.Assigned e) {
        send(accounts.findEnabledIdsByOrgUnit(e.leadUnitId()), "新交办的代表建议：" + e.title(),
                "交办文号 " + e.assignmentNumber() + "，由本单位主办，请于 " + cn(e.dueOn()) + " 前答复代表。", e.id());
        for (long unit : e.coUnitIds()) {
            send(accounts.findEnabledIdsByOrgUnit(unit), "新交办的代表建议（协办）：" + e.title(),
                    "本单位为协办单位，请及时向主办单位" + e.leadUnitName() + "提出协办意见。", e.id());
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.ExtensionRequested e) {
        send(one(e.assignedByAccountId()), "延期申请待审批：" + e.title(),
                e.unitName() + "申请将答复期限延至 " + cn(e.proposedDue()) + "：" + e.reason(), e.id());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.ExtensionDecided e) {
        if (e.agreed()) {
            send(accounts.findEnabledIdsByOrgUnit(e.leadUnitId()), "延期申请已同意：" + e.title(), "答复期限延至 " + cn(e.dueOn()) + "。", e.id());
        } else {
            send(accounts.findEnabledIdsByOrgUnit(e.leadUnitId()), "延期申请未获同意：" + e.title(),
                    "答复期限不变（" + cn(e.dueOn()) + "）。理由：" + e.note(), e.id());
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.Answered e) {
        send(one(e.leadDeputyAccountId()), "您的建议已答复，请评价：" + e.title(),
                e.unitName() + "已答复您领衔的建议，请对办理结果作出评价。", e.id());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.Dissatisfied e) {
        send(one(e.assignedByAccountId()), "代表不满意，请研究处理：" + e.title(),
                "领衔代表对答复不满意：" + e.comment() + "。请决定再次办理，或说明情况后办结。", e.id());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.Rehandling e) {
        send(accounts.findEnabledIdsByOrgUnit(e.leadUnitId()), "代表不满意，请再次办理：" + e.title(),
                "领衔代表对答复不满意：" + e.complaint() + "。请于 " + cn(e.dueOn()) + " 前再次答复。", e.id());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SuggestionEvents.ConcludedDespiteDissatisfaction e) {
        send(one(e.leadDeputyAccountId()), "关于您不满意的建议：" + e.title(), "代表工作机构经研究，不再交办单位办理：" + e.explanation(), e.id());
    }

    private void send(Collection<Long> recipients, String title, String body, long suggestionId) {
        List<Long> to = recipients.stream().filter(Objects::nonNull).distinct().toList();
        if (!to.isEmpty()) {
            SystemTask.run(() -> notifications.send(to, title, body, "/suggestions/" + suggestionId, null));
        }
    }

    private static List<Long> one(Long accountId) {
        return accountId == null ? List.of() : List.of(accountId);
    }

    private static String cn(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
