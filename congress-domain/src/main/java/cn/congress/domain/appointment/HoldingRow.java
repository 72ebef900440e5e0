package cn.congress.domain.appointment;

import java.time.LocalDate;

/** One entry of the post registry (任职登记) as lists and forms show it. */
public record HoldingRow(long id, String personName, String post, String organ, LocalDate startDate, LocalDate endDate) {

    static HoldingRow of(PostHolding h) {
        return new HoldingRow(h.getId(), h.getPersonName(), h.getPost(), h.getOrgan(), h.getStartDate(), h.getEndDate());
    }
}
