package cn.congress.oversight.opinion;

import cn.congress.domain.shared.Labeled;

/** The states of a problem item (domain guide 6.3); CLOSED (销号) and CARRIED_OVER are frozen. */
public enum ProblemStatus implements Labeled {
    ASSIGNED, RECTIFYING, REPORTED, LONG_TERM, CLOSED, CARRIED_OVER;

    public boolean open() {
        return this != CLOSED && this != CARRIED_OVER;
    }
}
