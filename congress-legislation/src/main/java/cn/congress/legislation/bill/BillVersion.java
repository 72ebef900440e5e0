package cn.congress.legislation.bill;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
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

/** The bill's text at one stage. Frozen once the next stage begins: then it can no longer change. */
@Entity
@Table(name = "bill_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class BillVersion extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bill_id")
    private Bill bill;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionStage stage;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(length = 500)
    private String note;

    @Column(nullable = false)
    private boolean frozen;

    BillVersion(Bill bill, VersionStage stage, String body, String note) {
        this.bill = bill;
        this.stage = stage;
        this.body = body;
        this.note = note;
    }

    public void revise(String body, String note) {
        if (frozen) {
            throw new TransitionRefused("“" + bill.getTitle() + "”的" + stageName() + "已进入下一阶段，文本已固定，不能修改");
        }
        this.body = body;
        this.note = note;
    }

    void freeze() {
        this.frozen = true;
    }

    private String stageName() {
        return switch (stage) {
            case CONSULTATION -> "征求意见稿";
            case FIRST_READING -> "一审稿";
            case SECOND_READING -> "二审稿";
            case THIRD_READING -> "三审稿";
            case VOTING -> "表决稿";
            case PROMULGATED -> "公布文本";
        };
    }
}
