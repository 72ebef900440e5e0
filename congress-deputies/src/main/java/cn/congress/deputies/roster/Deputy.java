package cn.congress.deputies.roster;

import cn.congress.domain.shared.EncryptedString;
import jakarta.persistence.Convert;
import cn.congress.domain.shared.AuditMasked;
import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.term.Term;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A deputy to the city people's congress for one term. */
@Entity
@Table(name = "deputy")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Deputy extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;

    @Column(nullable = false, length = 32)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Gender gender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id")
    private Delegation delegation;

    /** 选举单位, e.g. 东城区人民代表大会. */
    @Column(length = 64)
    private String electoralUnit;

    /** 界别/构成, e.g. 专业技术人员. */
    @Column(length = 32)
    private String sector;

    /** 工作单位及职务. */
    @Column(length = 128)
    private String position;

    /** Encrypted at rest; the audit log records that it changed, never the number. */
    @Column(length = 255)
    @Convert(converter = EncryptedString.class)
    @AuditMasked
    private String phone;

    /** 代表证号. */
    @Column(length = 32, unique = true)
    private String cardNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeputyStatus status = DeputyStatus.SERVING;

    /** The login account the deputy uses, if any. */
    @Column(unique = true)
    private Long userAccountId;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "deputy_group_member", joinColumns = @JoinColumn(name = "deputy_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<DeputyGroup> groups = new HashSet<>();

    public Deputy(Term term, String name, Gender gender, Delegation delegation, String electoralUnit, String sector,
                  String position, String phone, String cardNumber) {
        this.term = term;
        this.name = name;
        this.gender = gender;
        this.delegation = delegation;
        this.electoralUnit = electoralUnit;
        this.sector = sector;
        this.position = position;
        this.phone = phone;
        this.cardNumber = cardNumber;
    }

    public Set<DeputyGroup> getGroups() {
        return Collections.unmodifiableSet(groups);
    }

    public void joinGroup(DeputyGroup group) {
        groups.add(group);
    }

    public void linkAccount(Long userAccountId) {
        this.userAccountId = userAccountId;
    }

    /** Staff correct the roster entry. */
    public void update(String name, Gender gender, Delegation delegation, String electoralUnit, String sector, String position,
                       String phone, String cardNumber, DeputyStatus status, Set<DeputyGroup> newGroups) {
        this.name = name;
        this.gender = gender;
        this.delegation = delegation;
        this.electoralUnit = electoralUnit;
        this.sector = sector;
        this.position = position;
        this.phone = phone;
        this.cardNumber = cardNumber;
        this.status = status;
        this.groups.clear();
        this.groups.addAll(newGroups);
    }
}
