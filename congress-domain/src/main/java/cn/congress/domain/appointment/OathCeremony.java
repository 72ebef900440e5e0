package cn.congress.domain.appointment;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A constitutional oath ceremony (宪法宣誓仪式): date, place, presiding member and the appointees who swore. */
@Entity
@Table(name = "oath_ceremony")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OathCeremony extends AuditedEntity {

    /** The oath text, verbatim (宪法宣誓制度). */
    public static final String OATH = "我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，忠于祖国、忠于人民，恪尽职守、廉洁奉公，"
            + "接受人民监督，为建设富强民主文明和谐美丽的社会主义现代化强国努力奋斗！";

    @Column(nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false, length = 64)
    private String presiding;

    /** Collective (集体宣誓, led by one) or individual. */
    private boolean collective;

    @ManyToMany
    @JoinTable(name = "oath_swearer", joinColumns = @JoinColumn(name = "ceremony_id"), inverseJoinColumns = @JoinColumn(name = "item_id"))
    @OrderBy("personName")
    private Set<AppointmentItem> swearers = new LinkedHashSet<>();

    OathCeremony(LocalDate heldOn, String place, String presiding, boolean collective, Set<AppointmentItem> swearers) {
        this.heldOn = heldOn;
        this.place = place;
        this.presiding = presiding;
        this.collective = collective;
        this.swearers.addAll(swearers);
    }
}
