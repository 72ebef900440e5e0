package cn.congress.oversight.opinion;

import cn.congress.domain.shared.Labeled;

/** Where the organ's handling of a review opinion stands. */
public enum OpinionStatus implements Labeled {
    ISSUED, REPORTED, UNDER_EVALUATION, ACCEPTED, RE_REPORT
}
