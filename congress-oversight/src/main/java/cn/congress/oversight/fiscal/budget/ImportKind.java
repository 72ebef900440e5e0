package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.shared.Labeled;

/** What a file holds: the approved budget of a year, or one month's execution. */
public enum ImportKind implements Labeled {
    BUDGET, EXECUTION
}
