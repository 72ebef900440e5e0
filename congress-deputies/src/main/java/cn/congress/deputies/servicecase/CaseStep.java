package cn.congress.deputies.servicecase;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/** The steps of a service case, the states they start from and the type they belong to (null: both). */
public enum CaseStep implements Labeled {
    EDIT(null, EnumSet.of(CaseStatus.INTAKE, CaseStatus.IN_PROGRESS)),
    /** 信访代办: pass the petition to the competent organ. */
    FORWARD(ServiceCaseType.PETITION_AGENCY, EnumSet.of(CaseStatus.INTAKE)),
    /** 诉前调解: the mediator starts the sessions. */
    START_MEDIATION(ServiceCaseType.PRE_LITIGATION_MEDIATION, EnumSet.of(CaseStatus.INTAKE)),
    NOTE(null, EnumSet.of(CaseStatus.IN_PROGRESS)),
    CLOSE(null, EnumSet.of(CaseStatus.INTAKE, CaseStatus.IN_PROGRESS));

    private final ServiceCaseType type;
    private final Set<CaseStatus> from;

    CaseStep(ServiceCaseType type, Set<CaseStatus> from) {
        this.type = type;
        this.from = from;
    }

    public boolean allowed(ServiceCaseType caseType, CaseStatus status) {
        return (type == null || type == caseType) && from.contains(status);
    }
}
