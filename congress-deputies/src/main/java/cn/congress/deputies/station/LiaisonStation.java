package cn.congress.deputies.station;

import jakarta.persistence.Convert;
import cn.congress.domain.shared.EncryptedString;
import cn.congress.domain.shared.AuditMasked;
import cn.congress.deputies.roster.Deputy;
import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** A liaison station (家站点) with its attached deputies and the one account that manages it. */
@Entity
@Table(name = "liaison_station")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LiaisonStation extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StationKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 50)
    private String district;

    @Column(length = 50)
    private String subdistrict;

    @Column(nullable = false, length = 200)
    private String address;

    @Column(length = 32)
    private String contactName;

    @AuditMasked
    @Convert(converter = EncryptedString.class)
    @Column(length = 1024)
    private String contactPhone;

    @Column(length = 100)
    private String openingHours;

    @Column(unique = true)
    private Long managerAccountId;

    private boolean active = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "station_deputy", joinColumns = @JoinColumn(name = "station_id"), inverseJoinColumns = @JoinColumn(name = "deputy_id"))
    private Set<Deputy> deputies = new HashSet<>();

    public LiaisonStation(StationService.Details d) {
        update(d);
    }

    void update(StationService.Details d) {
        this.kind = d.kind();
        this.name = d.name().trim();
        this.district = d.district().trim();
        this.subdistrict = blankToNull(d.subdistrict());
        this.address = d.address().trim();
        this.contactName = blankToNull(d.contactName());
        this.contactPhone = blankToNull(d.contactPhone());
        this.openingHours = blankToNull(d.openingHours());
        this.active = d.active();
    }

    void attach(Collection<Deputy> chosen) {
        deputies.clear();
        deputies.addAll(chosen);
    }

    void assignManager(Long accountId) {
        this.managerAccountId = accountId;
    }

    public boolean hasDeputy(long deputyId) {
        return deputies.stream().anyMatch(d -> d.getId() == deputyId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
