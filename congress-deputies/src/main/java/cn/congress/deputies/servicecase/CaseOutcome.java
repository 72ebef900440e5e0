package cn.congress.deputies.servicecase;

import cn.congress.domain.shared.Labeled;

/** How a case ended; each type has its own outcomes. */
public enum CaseOutcome implements Labeled {
    SOLVED(ServiceCaseType.PETITION_AGENCY, true),
    PARTLY_SOLVED(ServiceCaseType.PETITION_AGENCY, false),
    UNSOLVED(ServiceCaseType.PETITION_AGENCY, false),
    NOT_ACCEPTED(ServiceCaseType.PETITION_AGENCY, false),
    /** 调解成功. */
    MEDIATED(ServiceCaseType.PRE_LITIGATION_MEDIATION, true),
    /** 调解未成功，退回法院. */
    NOT_MEDIATED(ServiceCaseType.PRE_LITIGATION_MEDIATION, false);

    private final ServiceCaseType type;
    private final boolean success;

    CaseOutcome(ServiceCaseType type, boolean success) {
        this.type = type;
        this.success = success;
    }

    public ServiceCaseType getType() {
        return type;
    }

    /** Counts as 解决 / 调解成功 in the figures. */
    public boolean isSuccess() {
        return success;
    }

    public static java.util.List<CaseOutcome> of(ServiceCaseType type) {
        return java.util.Arrays.stream(values()).filter(o -> o.type == type).toList();
    }
}
