package cn.congress.deputies.roster;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.term.Term;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** 代表团: deputies of one electoral unit (usually a district) at the congress session. */
@Entity
@Table(name = "delegation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Delegation extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;

    @Column(nullable = false, length = 50)
    private String name;

    private int sortOrder;

    public Delegation(Term term, String name, int sortOrder) {
        this.term = term;
        this.name = name;
        this.sortOrder = sortOrder;
    }
}
