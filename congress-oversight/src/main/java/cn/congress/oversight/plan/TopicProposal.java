package cn.congress.oversight.plan;

import jakarta.persistence.Convert;
import cn.congress.domain.shared.EncryptedString;
import cn.congress.domain.shared.AuditMasked;
import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/**
 * A proposed oversight topic, screened by staff with reasons. The contact of a member of the public is personal
 * data: staff see it, the audit log records only that it changed, and no public page shows it.
 */
@Entity
@Table(name = "oversight_proposal")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TopicProposal extends AuditedEntity {

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalSource source;

    @Column(nullable = false, length = 100)
    private String proposerName;

    private Long proposerAccountId;

    @AuditMasked
    @Convert(converter = EncryptedString.class)
    @Column(length = 1024)
    private String contact;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 3000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalStatus status = ProposalStatus.PENDING;

    @Column(length = 1000)
    private String decisionReason;

    private Long topicId;

    private Instant decidedAt;

    TopicProposal(int year, ProposalSource source, String proposerName, Long proposerAccountId, String contact, String title,
                  String reason) {
        this.year = year;
        this.source = source;
        this.proposerName = proposerName;
        this.proposerAccountId = proposerAccountId;
        this.contact = contact == null || contact.isBlank() ? null : contact.trim();
        this.title = title.trim();
        this.reason = reason.trim();
    }

    void decide(ProposalStatus decision, String why, Long topicId, Instant at) {
        if (status != ProposalStatus.PENDING) {
            throw new TransitionRefused("该建议议题已经筛选过");
        }
        status = decision;
        decisionReason = why;
        this.topicId = topicId;
        decidedAt = at;
    }
}
