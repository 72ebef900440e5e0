package cn.congress.deputies.roster;

import cn.congress.domain.shared.AuditedEntity;
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

/** 代表小组: the basic form of deputies' activity between sessions. */
@Entity
@Table(name = "deputy_group")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DeputyGroup extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GroupKind kind;

    public DeputyGroup(Term term, String name, GroupKind kind) {
        this.term = term;
        this.name = name;
        this.kind = kind;
    }
}
