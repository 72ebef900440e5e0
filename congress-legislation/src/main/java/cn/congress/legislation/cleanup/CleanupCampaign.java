package cn.congress.legislation.cleanup;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** 法规清理: a campaign that decides, per regulation, to retain, amend, repeal or amend in a package. */
@Entity
@Table(name = "cleanup_campaign")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CleanupCampaign extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int year;

    @Column(length = 2000)
    private String basis;

    private LocalDate closedOn;

    @Column(length = 4000)
    private String conclusion;

    public CleanupCampaign(String title, int year, String basis) {
        this.title = title;
        this.year = year;
        this.basis = basis;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    void requireOpen() {
        if (isClosed()) {
            throw new TransitionRefused("该清理工作已结束，不能再修改清理意见");
        }
    }

    void close(LocalDate on, String conclusion) {
        requireOpen();
        if (conclusion == null || conclusion.isBlank()) {
            throw new TransitionRefused("请填写清理工作的总体结论");
        }
        this.closedOn = on;
        this.conclusion = conclusion;
    }
}
