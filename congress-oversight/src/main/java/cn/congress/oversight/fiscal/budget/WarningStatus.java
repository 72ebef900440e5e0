package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.shared.Labeled;

/** Where a monitoring warning stands: raised, sent to the department, answered, closed or turned into a problem item. */
public enum WarningStatus implements Labeled {
    NEW, SENT, ANSWERED, CLOSED, PROBLEM
}
