package cn.congress.domain.rules;

import cn.congress.domain.shared.Labeled;

/** How a rule's value is written and checked. */
public enum RuleValueType implements Labeled {
    /** A whole number, e.g. months, days, a count or a percentage. */
    INTEGER,
    /** Free text, e.g. a document-number prefix. */
    TEXT,
    /** Ordered code list, one {@code CODE=标签} per line, e.g. answer categories. */
    CODE_LIST;

    /** Whether values are written as code lists (one {@code CODE=标签|flags} per line); pages ask this instead of comparing names. */
    public boolean isCodeList() {
        return this == CODE_LIST;
    }

    public boolean isInteger() {
        return this == INTEGER;
    }
}
