package cn.congress.oversight.fiscal.audit;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * 审计工作报告: heard by the standing committee with the final accounts; its findings are the problem checklist of
 * the report's own review opinion (kind AUDIT), whose handling report is the rectification report (整改情况报告).
 */
@Entity
@Table(name = "fiscal_audit_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AuditReport extends AuditedEntity {

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private long topicId;

    @Column(nullable = false)
    private long opinionId;

    AuditReport(int year, String title, long topicId, long opinionId) {
        this.year = year;
        this.title = title;
        this.topicId = topicId;
        this.opinionId = opinionId;
    }
}
