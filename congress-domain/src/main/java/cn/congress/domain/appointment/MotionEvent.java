package cn.congress.domain.appointment;

import cn.congress.domain.shared.Labeled;

/** What a row of a motion's history records; stored by name, labelled by the bundle. */
public enum MotionEvent implements Labeled {
    DRAFTED, PERSON_ADDED, PERSON_REMOVED, SUBMITTED, RETURNED, VETTED, SCHEDULED, LEAD_TIME_EXCEPTION, WITHDRAWN,
    NOT_VOTED, DECIDED, PUBLISHED, ADOPTED, REJECTED, LETTER_ISSUED, SWORN_IN
}
