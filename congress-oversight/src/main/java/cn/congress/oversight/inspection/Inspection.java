package cn.congress.oversight.inspection;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The investigation of a topic: for a 执法检查 the law and articles checked; the group (members, deputies, experts),
 * the schedule and the report. 视察 and 专题调研 use the same record without a law.
 */
@Entity
@Table(name = "oversight_inspection")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Inspection extends AuditedEntity {

    @Column(nullable = false)
    private long topicId;

    @Column(length = 200)
    private String lawTitle;

    @Column(length = 500)
    private String articles;

    @Column(length = 2000)
    private String groupMembers;

    @Column(length = 2000)
    private String schedule;

    private String report;

    Inspection(long topicId) {
        this.topicId = topicId;
    }

    void update(InspectionDetails d) {
        this.lawTitle = blankToNull(d.lawTitle());
        this.articles = blankToNull(d.articles());
        this.groupMembers = blankToNull(d.groupMembers());
        this.schedule = blankToNull(d.schedule());
        this.report = blankToNull(d.report());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
