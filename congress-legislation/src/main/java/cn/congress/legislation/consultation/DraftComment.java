package cn.congress.legislation.consultation;

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
import java.util.Set;

/**
 * One opinion on a draft: from the public portal, an account, a contact point's meeting, a hearing or an expert.
 * The body is stored exactly as written and never changed; staff moderate (hide with a reason, never delete) and
 * decide. Contact data is kept only with consent and is masked in every list. Comments from the public portal are
 * inserted by {@link PublicCommentWriter} (many in one statement) rather than through this entity.
 */
@Entity
@Table(name = "draft_comment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class DraftComment extends AuditedEntity {

    public static final int MAX_LENGTH = 2000;

    @Column(nullable = false)
    private long billId;

    @Column(nullable = false)
    private long billVersionId;

    private Long consultationId;

    private Long hearingId;

    /** 1-based article number in the version, null for the whole draft. */
    private Integer articleNo;

    private Integer paragraphNo;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommentChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SourceKind sourceKind;

    @Column(length = 64)
    private String authorName;

    @AuditMasked
    @Convert(converter = EncryptedString.class)
    @Column(length = 1024)
    private String contact;

    @Column(length = 16)
    private String consentNoticeVersion;

    private Instant consentAt;

    private boolean verifiedPhone;

    private Long accountId;

    private Long contactPointId;

    @Column(length = 200)
    private String meeting;

    private Integer peopleConsulted;

    private Long expertId;

    @Column(length = 16)
    private String hearingSide;

    @Column(length = 64)
    private String clientKey;

    @Column(nullable = false, length = 64)
    private String bodyHash;

    @Column(nullable = false, length = 16, unique = true)
    private String receipt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Moderation moderation;

    @Column(length = 500)
    private String hiddenReason;

    private Long duplicateOfId;

    private Long groupId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Decision decision;

    @Column(length = 1000)
    private String decisionReason;

    private Instant decidedAt;

    @Column(nullable = false)
    private Instant submittedAt;

    DraftComment(long billId, long billVersionId, Long consultationId, Long hearingId, Integer articleNo, Integer paragraphNo, String body,
                 CommentChannel channel, SourceKind sourceKind, String bodyHash, String receipt, Moderation moderation, Instant submittedAt) {
        this.billId = billId;
        this.billVersionId = billVersionId;
        this.consultationId = consultationId;
        this.hearingId = hearingId;
        this.articleNo = articleNo;
        this.paragraphNo = paragraphNo;
        this.body = body;
        this.channel = channel;
        this.sourceKind = sourceKind;
        this.bodyHash = bodyHash;
        this.receipt = receipt;
        this.moderation = moderation;
        this.submittedAt = submittedAt;
    }

    DraftComment author(String name, Long accountId) {
        this.authorName = name;
        this.accountId = accountId;
        return this;
    }

    DraftComment gathered(Long contactPointId, String meeting, Integer peopleConsulted) {
        this.contactPointId = contactPointId;
        this.meeting = meeting;
        this.peopleConsulted = peopleConsulted;
        return this;
    }

    DraftComment expert(Long expertId) {
        this.expertId = expertId;
        return this;
    }

    DraftComment side(String hearingSide) {
        this.hearingSide = hearingSide;
        return this;
    }

    public Set<CommentAction> actions() {
        return CommentAction.available(moderation, duplicateOfId != null, contact != null);
    }

    void approve() {
        if (moderation != Moderation.PENDING) {
            throw new TransitionRefused("该意见不在待审核状态");
        }
        this.moderation = Moderation.PUBLISHED;
    }

    void hide(String reason) {
        if (moderation == Moderation.HIDDEN) {
            throw new TransitionRefused("该意见已屏蔽");
        }
        if (reason == null || reason.isBlank()) {
            throw new TransitionRefused("请填写屏蔽理由");
        }
        this.moderation = Moderation.HIDDEN;
        this.hiddenReason = reason;
    }

    void restore() {
        if (moderation != Moderation.HIDDEN) {
            throw new TransitionRefused("该意见未被屏蔽");
        }
        this.moderation = Moderation.PUBLISHED;
        this.hiddenReason = null;
    }

    void decide(Decision decision, String reason, Instant at) {
        if (moderation == Moderation.HIDDEN) {
            throw new TransitionRefused("已屏蔽的意见不能处理，请先恢复");
        }
        if (decision != Decision.ADOPTED && (reason == null || reason.isBlank())) {
            throw new TransitionRefused("除采纳外，请写明处理理由");
        }
        this.decision = decision;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.decidedAt = at;
    }

    void duplicateOf(DraftComment original) {
        if (original.getId().equals(getId())) {
            throw new TransitionRefused("不能把意见标为自身的重复");
        }
        if (original.getBillId() != billId) {
            throw new TransitionRefused("只能与同一法规案的意见合并");
        }
        this.duplicateOfId = original.duplicateOfId != null ? original.duplicateOfId : original.getId();
    }

    void group(Long groupId) {
        this.groupId = groupId;
    }
}
