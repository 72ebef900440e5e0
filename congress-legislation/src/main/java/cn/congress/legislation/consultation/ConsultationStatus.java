package cn.congress.legislation.consultation;

import cn.congress.domain.shared.Labeled;

/** Where a consultation stands: open for comment, closed (early or at the end of its window), feedback report published. */
public enum ConsultationStatus implements Labeled {
    OPEN, CLOSED, REPORTED;
}
