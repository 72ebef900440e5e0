package cn.congress.domain.audit;

import java.time.Instant;

/** An audit entry as the auditor's pages and the role history show it. */
public record AuditEntryView(long id, Instant occurredAt, String actorUsername, String actorName, String actorRole, String ip,
                             String outcome, String requestId, AuditAction action, String targetType, String targetId,
                             String summary, String beforeValue, String afterValue) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActorUsername(), e.getActorName(), e.getActorRole(), e.getIp(),
                e.getOutcome(), e.getRequestId(), e.getAction(), e.getTargetType(), e.getTargetId(), e.getSummary(),
                e.getBeforeValue(), e.getAfterValue());
    }
}
