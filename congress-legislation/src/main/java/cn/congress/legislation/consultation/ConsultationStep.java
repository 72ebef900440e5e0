package cn.congress.legislation.consultation;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.legislation.consultation.ConsultationStatus.*;

/**
 * The state machine of a consultation, stated once: each step names the (effective) states it may start from.
 * A window that has passed counts as closed (see {@link Consultation#effectiveStatus}).
 */
public enum ConsultationStep implements Labeled {
    OPENED(EnumSet.noneOf(ConsultationStatus.class), OPEN),
    EXTEND(EnumSet.of(OPEN), OPEN),
    CLOSE_EARLY(EnumSet.of(OPEN), CLOSED),
    ASSIGN_CONTACT_POINTS(EnumSet.of(OPEN), OPEN),
    EDIT_FEEDBACK(EnumSet.of(CLOSED), CLOSED),
    PUBLISH_FEEDBACK(EnumSet.of(CLOSED), REPORTED);

    private final Set<ConsultationStatus> from;
    private final ConsultationStatus to;

    ConsultationStep(Set<ConsultationStatus> from, ConsultationStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ConsultationStatus status) {
        return from.contains(status);
    }

    public ConsultationStatus to() {
        return to;
    }
}
