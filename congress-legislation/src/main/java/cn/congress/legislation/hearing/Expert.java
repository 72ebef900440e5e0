package cn.congress.legislation.hearing;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A member of the 立法咨询专家库 with the fields they advise on. */
@Entity
@Table(name = "expert")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Expert extends AuditedEntity {

    @Column(nullable = false, length = 64)
    private String name;

    /** Fields, separated by 、 e.g. 行政法、环境保护. */
    @Column(nullable = false, length = 200)
    private String fields;

    @Column(nullable = false, length = 100)
    private String affiliation;

    @Column(length = 64)
    private String title;

    private boolean active = true;

    Expert(String name, String fields, String affiliation, String title) {
        this.name = name;
        this.fields = fields;
        this.affiliation = affiliation;
        this.title = title;
    }
}
