package cn.congress.domain.appointment;

import java.time.LocalDate;

/** A motion as the list shows it. */
public record MotionRow(long id, String title, Proposer proposer, MotionStatus status, LocalDate submittedOn) {

    static MotionRow of(AppointmentMotion m) {
        return new MotionRow(m.getId(), m.getTitle(), m.getProposer(), m.getStatus(), m.getSubmittedOn());
    }
}
