package cn.congress.legislation.consultation;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Similar opinions gathered under one heading, so that staff decide them together. */
@Entity
@Table(name = "comment_group")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CommentGroup extends AuditedEntity {

    @Column(nullable = false)
    private long billId;

    @Column(nullable = false, length = 200)
    private String title;

    CommentGroup(long billId, String title) {
        this.billId = billId;
        this.title = title;
    }
}
