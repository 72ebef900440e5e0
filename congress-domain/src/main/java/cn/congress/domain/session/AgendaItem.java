package cn.congress.domain.session;

import cn.congress.domain.shared.AuditedEntity;
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

/** An item of a session's agenda (议程), possibly pointing at a record of another module by type and id. */
@Entity
@Table(name = "agenda_item")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AgendaItem extends AuditedEntity {

    /** Owner type under which the item's documents are stored by the AttachmentService. */
    public static final String ATTACHMENT_OWNER = "AgendaItem";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgendaItemType type;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 100)
    private String presenter;

    @Column(length = 64)
    private String targetType;

    private Long targetId;

    public AgendaItem(Meeting meeting, int position, AgendaItemType type, String title, String presenter,
                      String targetType, Long targetId) {
        this.meeting = meeting;
        this.position = position;
        this.type = type;
        this.title = title;
        this.presenter = presenter;
        this.targetType = targetId == null ? null : targetType;
        this.targetId = targetType == null ? null : targetId;
    }

    void moveTo(int position) {
        this.position = position;
    }
}
