package cn.congress.domain.session;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
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

/** A voting participant of a session (member or deputy), copied from the directory when the session was created. */
@Entity
@Table(name = "meeting_participant")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Participant extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private long userAccountId;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(length = 200)
    private String description;

    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Attendance attendance = Attendance.PRESENT;

    @Column(length = 200)
    private String leaveReason;

    public Participant(Meeting meeting, long userAccountId, String name, String description, int sortOrder) {
        this.meeting = meeting;
        this.userAccountId = userAccountId;
        this.name = name;
        this.description = description;
        this.sortOrder = sortOrder;
    }

    public void markPresent() {
        attendance = Attendance.PRESENT;
        leaveReason = null;
    }

    /** 请假, with the reason. */
    public void markOnLeave(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("请假须填写事由");
        }
        attendance = Attendance.LEAVE;
        leaveReason = reason.trim();
    }

    public void markAbsent() {
        attendance = Attendance.ABSENT;
        leaveReason = null;
    }

    public boolean isPresent() {
        return attendance == Attendance.PRESENT;
    }
}
