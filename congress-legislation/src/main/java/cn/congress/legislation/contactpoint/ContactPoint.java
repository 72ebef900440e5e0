package cn.congress.legislation.contactpoint;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * 基层立法联系点: a registered organisation (its own organisation unit, whose accounts hold the CONTACT_POINT role)
 * that gathers opinions on the drafts assigned to it.
 */
@Entity
@Table(name = "contact_point")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ContactPoint extends AuditedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private long orgUnitId;

    @Column(length = 100)
    private String host;

    @Column(length = 64)
    private String liaison;

    @Column(length = 200)
    private String address;

    private boolean active = true;

    ContactPoint(String name, long orgUnitId, String host, String liaison, String address) {
        this.name = name;
        this.orgUnitId = orgUnitId;
        this.host = host;
        this.liaison = liaison;
        this.address = address;
    }
}
