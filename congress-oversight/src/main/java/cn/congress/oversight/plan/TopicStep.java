package cn.congress.oversight.plan;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.oversight.plan.TopicStatus.*;

/**
 * The state machine of a topic, stated once: each step names the states it may start from and the state it leads
 * to ({@code null}: the state stays). {@link OversightTopic} refuses any other move.
 */
public enum TopicStep implements Labeled {
    CREATE(EnumSet.noneOf(TopicStatus.class), PLANNED),
    EDIT(EnumSet.of(PLANNED, PREPARING, SCHEDULED), null),
    START_PREPARATION(EnumSet.of(PLANNED), PREPARING),
    SCHEDULE(EnumSet.of(PLANNED, PREPARING), SCHEDULED),
    RECORD_HEARD(EnumSet.of(SCHEDULED), HEARD),
    ISSUE_OPINION(EnumSet.of(HEARD), OPINION_ISSUED),
    COMPLETE(EnumSet.of(HEARD, OPINION_ISSUED), COMPLETED),
    DROP(EnumSet.of(PLANNED, PREPARING), DROPPED),
    PLAN_FOLLOW_UP(EnumSet.of(OPINION_ISSUED, COMPLETED), null);

    private final Set<TopicStatus> from;
    private final TopicStatus to;

    TopicStep(Set<TopicStatus> from, TopicStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(TopicStatus status) {
        return from.contains(status);
    }

    public TopicStatus next(TopicStatus current) {
        return to == null ? current : to;
    }
}
