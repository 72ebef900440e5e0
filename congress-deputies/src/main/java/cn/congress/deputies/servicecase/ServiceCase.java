package cn.congress.deputies.servicecase;

import jakarta.persistence.Convert;
import cn.congress.domain.shared.EncryptedString;
import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.domain.shared.AuditMasked;
import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** A petition taken on by a deputy as agent, or a case the court sent a deputy mediator. */
@Entity
@Table(name = "service_case")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ServiceCase extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ServiceCaseType type;

    private long stationId;
    private long deputyId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String summary;

    @AuditMasked
    @Column(length = 64)
    private String partyName;

    @AuditMasked
    @Convert(converter = EncryptedString.class)
    @Column(length = 1024)
    private String partyContact;

    @Column(nullable = false)
    private LocalDate receivedOn;

    /** 信访代办: the organ the petition was passed to. */
    private Long organId;

    /** 诉前调解: the court's case number. */
    @Column(length = 64)
    private String courtCaseNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status = CaseStatus.INTAKE;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CaseOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ResidentSatisfaction satisfaction;

    private LocalDate closedOn;

    ServiceCase(ServiceCaseType type, long stationId, long deputyId, ServiceCaseService.Details d) {
        this.type = type;
        this.stationId = stationId;
        this.deputyId = deputyId;
        apply(d);
    }

    private void apply(ServiceCaseService.Details d) {
        this.title = d.title().trim();
        this.summary = d.summary().trim();
        this.partyName = blankToNull(d.partyName());
        this.partyContact = blankToNull(d.partyContact());
        this.receivedOn = d.receivedOn();
        this.courtCaseNo = blankToNull(d.courtCaseNo());
    }

    void step(CaseStep step) {
        if (status == CaseStatus.CLOSED) {
            throw new TransitionRefused("案件已办结，不能再修改");
        }
        if (!step.allowed(type, status)) {
            throw new TransitionRefused("案件当前状态下不能进行此操作");
        }
    }

    /** The edit form never shows the party's data in full, so blank party fields keep what was recorded. */
    void edit(ServiceCaseService.Details d) {
        step(CaseStep.EDIT);
        String name = partyName;
        String contact = partyContact;
        apply(d);
        this.partyName = partyName == null ? name : partyName;
        this.partyContact = partyContact == null ? contact : partyContact;
    }

    void forward(long organId) {
        step(CaseStep.FORWARD);
        this.organId = organId;
        this.status = CaseStatus.IN_PROGRESS;
    }

    void startMediation() {
        step(CaseStep.START_MEDIATION);
        this.status = CaseStatus.IN_PROGRESS;
    }

    void close(CaseOutcome outcome, ResidentSatisfaction satisfaction, LocalDate on) {
        step(CaseStep.CLOSE);
        if (outcome.getType() != type) {
            throw new TransitionRefused("办理结果与案件类型不符");
        }
        this.outcome = outcome;
        this.satisfaction = satisfaction;
        this.closedOn = on;
        this.status = CaseStatus.CLOSED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
