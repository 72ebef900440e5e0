package cn.congress.domain.account;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The two-person workflow for an account that holds another administrator's role (三员分立): the system
 * administrator asks (with a reason), the security administrator approves or rejects; nobody decides a request
 * about their own account. Both steps are audited. A reset password is shown once to the approver, who hands it over.
 */
@Service
@RequiredArgsConstructor
public class AdminAccountRequests {

    private final AdminAccountRequestRepository requests;
    private final AccountService accountService;
    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    /** One row of the request list, with the names resolved. */
    public record RequestRow(long id, long targetId, String targetUsername, AdminAccountRequest.RequestKind kind, String reason,
                             AdminAccountRequest.RequestStatus status, String requestedBy, Instant requestedAt, String decidedBy,
                             Instant decidedAt, boolean decidable) {
    }

    /** The outcome of an approval; {@code temporaryPassword} is set for a password reset only. */
    public record Decision(AdminAccountRequest.RequestStatus status, String temporaryPassword) {
    }

    @Transactional
    public long request(long targetId, AdminAccountRequest.RequestKind kind, String reason) {
        Caller caller = Caller.current();
        AccountAccess.requireAccountAdmin(caller);
        UserAccount target = accountService.get(targetId);
        if (!AccountAccess.isOtherAdministrator(caller, target)) {
            throw new DomainException("该账户不持有其他管理员角色，可直接办理，无须申请。");
        }
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new DomainException("请填写申请理由（200字以内）");
        }
        if (requests.existsByTargetIdAndKindAndStatus(targetId, kind, AdminAccountRequest.RequestStatus.PENDING)) {
            throw new DomainException("该账户已有相同的待批申请");
        }
        AdminAccountRequest saved = requests.save(new AdminAccountRequest(targetId, kind, reason.trim(), caller.username()));
        auditLog.record(AuditAction.ADMIN_REQUEST, "UserAccount", targetId, "申请" + label(kind) + "：" + target.getUsername());
        return saved.getId();
    }

    @Transactional
    public Decision decide(long requestId, boolean approve) {
        Caller caller = Caller.current();
        AccountAccess.requireSecurityAdmin(caller);
        AdminAccountRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("申请", requestId));
        UserAccount target = accountService.get(request.getTargetId());
        if (target.getUsername().equals(caller.username())) {
            throw new DomainException("不能审批涉及本人账户的申请");
        }
        request.decide(approve, caller.username(), clock.instant());
        auditLog.record(approve ? AuditAction.ADMIN_REQUEST_APPROVED : AuditAction.ADMIN_REQUEST_REJECTED, "UserAccount",
                target.getId(), (approve ? "批准" : "驳回") + label(request.getKind()) + "申请：" + target.getUsername()
                        + "（申请人 " + request.getRequestedBy() + "）");
        if (!approve) {
            return new Decision(request.getStatus(), null);
        }
        String temporary = switch (request.getKind()) {
            case RESET_PASSWORD -> accountService.applyReset(target);
            case DISABLE -> {
                accountService.applyEnabled(target, false);
                yield null;
            }
            case ENABLE -> {
                accountService.applyEnabled(target, true);
                yield null;
            }
        };
        return new Decision(request.getStatus(), temporary);
    }

    @Transactional(readOnly = true)
    public Page<RequestRow> list(Pageable pageable) {
        Caller caller = Caller.current();
        caller.require("查看管理员账户申请", Role.ADMIN, Role.SECURITY_ADMIN);
        Page<AdminAccountRequest> page = requests.findAllByOrderByCreatedAtDesc(pageable);
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(page.map(AdminAccountRequest::getTargetId).toList()).forEach(a -> names.put(a.getId(), a.getUsername()));
        return page.map(r -> {
            String targetName = names.get(r.getTargetId());
            return new RequestRow(r.getId(), r.getTargetId(), targetName, r.getKind(), r.getReason(), r.getStatus(),
                    r.getRequestedBy(), r.getCreatedAt(), r.getDecidedBy(), r.getDecidedAt(),
                    r.isPending() && caller.has(Role.SECURITY_ADMIN) && !caller.username().equals(targetName));
        });
    }

    private static String label(AdminAccountRequest.RequestKind kind) {
        return switch (kind) {
            case RESET_PASSWORD -> "重置密码";
            case DISABLE -> "停用账户";
            case ENABLE -> "启用账户";
        };
    }
}
