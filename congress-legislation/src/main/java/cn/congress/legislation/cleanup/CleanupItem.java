package cn.congress.legislation.cleanup;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.legislation.regulation.Regulation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One regulation's decision in a cleanup campaign, with the reason. */
@Entity
@Table(name = "cleanup_item")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CleanupItem extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private CleanupCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regulation_id")
    private Regulation regulation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CleanupDecision decision;

    @Column(nullable = false, length = 2000)
    private String reason;

    CleanupItem(CleanupCampaign campaign, Regulation regulation, CleanupDecision decision, String reason) {
        this.campaign = campaign;
        this.regulation = regulation;
        this.decision = decision;
        this.reason = reason;
    }

    void decide(CleanupDecision decision, String reason) {
        campaign.requireOpen();
        this.decision = decision;
        this.reason = reason;
    }
}
