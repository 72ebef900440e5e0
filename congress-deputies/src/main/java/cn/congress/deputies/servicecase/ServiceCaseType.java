package cn.congress.deputies.servicecase;

import cn.congress.domain.shared.Labeled;

public enum ServiceCaseType implements Labeled {
    /** 信访代办. */
    PETITION_AGENCY,
    /** 诉前调解. */
    PRE_LITIGATION_MEDIATION
}
