package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import cn.congress.deputies.roster.Deputy;
import java.time.Instant;

/** 附议代表: a joint deputy, counted once confirmed in their own account. */
@Entity
@Table(name = "suggestion_signer")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SuggestionSigner extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id")
    private Deputy deputy;

    private Instant confirmedAt;

    private Instant withdrawalConsentedAt;

    SuggestionSigner(Suggestion suggestion, Deputy deputy, Instant confirmedAt) {
        this.suggestion = suggestion;
        this.deputy = deputy;
        this.confirmedAt = confirmedAt;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public boolean hasConsentedToWithdrawal() {
        return withdrawalConsentedAt != null;
    }

    void consentToWithdrawal(Instant at) {
        this.withdrawalConsentedAt = at;
    }

    void confirm(Instant at) {
        this.confirmedAt = at;
    }
}
