package cn.congress.domain.appointment;

import cn.congress.domain.shared.Labeled;

/** A performance report (履职报告): submitted, put on a session, evaluated by a satisfaction vote. */
public enum ReportStatus implements Labeled {
    SUBMITTED, SCHEDULED, EVALUATED
}
