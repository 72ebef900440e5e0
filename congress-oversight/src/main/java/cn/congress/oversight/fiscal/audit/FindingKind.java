package cn.congress.oversight.fiscal.audit;

import cn.congress.domain.shared.Labeled;

/** What an audit finding concerns, as the audit work report groups its findings. */
public enum FindingKind implements Labeled {
    BUDGET_EXECUTION, SPECIAL_FUNDS, STATE_ASSETS, DEBT, PROCUREMENT, OTHER
}
