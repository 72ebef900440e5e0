package cn.congress.domain.member;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.domain.term.Term;
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

/** A member of the standing committee (常委会组成人员) of one term, with the account they vote from. */
@Entity
@Table(name = "sc_member")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ScMember extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;

    @Column(nullable = false, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ScPosition position;

    private Long userAccountId;

    private int sortOrder;

    private boolean active = true;

    public ScMember(Term term, String name, ScPosition position, Long userAccountId, int sortOrder) {
        this.term = term;
        this.name = name;
        this.position = position;
        this.userAccountId = userAccountId;
        this.sortOrder = sortOrder;
    }

    /** Corrects the member's name, position, account or order in the list; only while serving. */
    public void edit(String name, ScPosition position, Long userAccountId, int sortOrder) {
        if (!active) {
            throw new TransitionRefused("该组成人员已离任，不能修改");
        }
        this.name = name;
        this.position = position;
        this.userAccountId = userAccountId;
        this.sortOrder = sortOrder;
    }

    /** Leaves the committee (resignation accepted, removal); no longer counted in new sessions. */
    public void leave() {
        if (!active) {
            throw new TransitionRefused("该组成人员已离任");
        }
        this.active = false;
    }
}
