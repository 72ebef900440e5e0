package cn.congress.oversight.plan;

import cn.congress.domain.shared.Labeled;

/** The forms of oversight (监督法): what a topic of the plan is. */
public enum TopicKind implements Labeled {
    SPECIAL_REPORT, LAW_INSPECTION, SPECIAL_INQUIRY, RESEARCH, VISIT, INTERPELLATION, SPECIAL_INVESTIGATION, FOLLOW_UP;

    /** Kinds whose work before the session is an investigation with a group and site visits. */
    public boolean investigates() {
        return this == LAW_INSPECTION || this == RESEARCH || this == VISIT || this == SPECIAL_INVESTIGATION || this == FOLLOW_UP;
    }
}
