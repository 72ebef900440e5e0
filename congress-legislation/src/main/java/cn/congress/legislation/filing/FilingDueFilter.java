package cn.congress.legislation.filing;

import cn.congress.domain.shared.Labeled;

/** Which deadlines a filing list shows: the overdue ones, or those due within {@link FilingDeadline#WARNING_DAYS} days. */
public enum FilingDueFilter implements Labeled { OVERDUE, DUE_SOON }
