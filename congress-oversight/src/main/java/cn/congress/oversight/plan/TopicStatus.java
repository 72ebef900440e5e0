package cn.congress.oversight.plan;

import cn.congress.domain.shared.Labeled;

/** Where a topic stands against the plan. */
public enum TopicStatus implements Labeled {
    PLANNED, PREPARING, SCHEDULED, HEARD, OPINION_ISSUED, COMPLETED, DROPPED
}
