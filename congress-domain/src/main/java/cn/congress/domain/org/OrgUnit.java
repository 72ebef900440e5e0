package cn.congress.domain.org;

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

/** A node of the organisation tree: a committee body, a government department, a court, a district congress … */
@Entity
@Table(name = "org_unit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OrgUnit extends AuditedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 30)
    private String shortName;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrgType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    private int sortOrder;

    private boolean active = true;

    public OrgUnit(String name, String shortName, String code, OrgType type, OrgUnit parent, int sortOrder) {
        this.code = code;
        update(name, shortName, type, parent, sortOrder);
    }

    void update(String name, String shortName, OrgType type, OrgUnit parent, int sortOrder) {
        if (parent != null && parent.isSelfOrDescendantOf(this)) {
            throw new DomainException("不能把机构移到它自己或它的下级机构之下");
        }
        this.name = name;
        this.shortName = shortName;
        this.type = type;
        this.parent = parent;
        this.sortOrder = sortOrder;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getLabel() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    private boolean isSelfOrDescendantOf(OrgUnit ancestor) {
        for (OrgUnit node = this; node != null; node = node.parent) {
            if (node == ancestor || (ancestor.getId() != null && ancestor.getId().equals(node.getId()))) {
                return true;
            }
        }
        return false;
    }
}
