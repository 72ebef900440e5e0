package cn.congress.deputies.servicecase;

import cn.congress.domain.shared.Labeled;

public enum CaseStatus implements Labeled {
    INTAKE, IN_PROGRESS, CLOSED
}
