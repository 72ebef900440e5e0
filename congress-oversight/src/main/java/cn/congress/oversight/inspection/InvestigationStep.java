package cn.congress.oversight.inspection;

import cn.congress.domain.shared.Labeled;
import cn.congress.oversight.plan.TopicKind;
import cn.congress.oversight.plan.TopicStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a topic's investigation and of its inquiry or interpellation, each with the topic kinds and states
 * it belongs to; recorded in the topic's history.
 */
public enum InvestigationStep implements Labeled {
    RECORD_INSPECTION(true, EnumSet.of(TopicKind.LAW_INSPECTION, TopicKind.RESEARCH, TopicKind.VISIT, TopicKind.SPECIAL_INVESTIGATION,
            TopicKind.FOLLOW_UP)),
    ADD_SITE_VISIT(true, RECORD_INSPECTION.kinds),
    ADD_PHOTO(true, RECORD_INSPECTION.kinds),
    ADD_DEPUTY(true, RECORD_INSPECTION.kinds),
    REMOVE_DEPUTY(true, RECORD_INSPECTION.kinds),
    ADD_QUESTION(false, EnumSet.of(TopicKind.SPECIAL_INQUIRY, TopicKind.SPECIAL_REPORT)),
    FILE_INTERPELLATION(true, EnumSet.of(TopicKind.INTERPELLATION)),
    DECIDE_ANSWER_FORM(false, EnumSet.of(TopicKind.INTERPELLATION)),
    RECORD_ANSWER(false, EnumSet.of(TopicKind.INTERPELLATION));

    private final boolean beforeSession;
    private final Set<TopicKind> kinds;

    InvestigationStep(boolean beforeSession, Set<TopicKind> kinds) {
        this.beforeSession = beforeSession;
        this.kinds = kinds;
    }

    /** Whether the step applies to a topic of this kind in this state (the investigation stops once the opinion is out). */
    public boolean allowedFor(TopicKind kind, TopicStatus status) {
        if (!kinds.contains(kind) || status == TopicStatus.DROPPED || status == TopicStatus.COMPLETED) {
            return false;
        }
        return !beforeSession || status == TopicStatus.PLANNED || status == TopicStatus.PREPARING || status == TopicStatus.SCHEDULED
                || status == TopicStatus.HEARD;
    }
}
