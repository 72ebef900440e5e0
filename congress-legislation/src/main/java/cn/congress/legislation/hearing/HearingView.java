package cn.congress.legislation.hearing;

import java.time.LocalDate;
import java.util.List;

/** A hearing or 论证会 with its participants, as the bill's page shows it. */
public record HearingView(long id, HearingKind kind, String title, LocalDate heldOn, String place, String record, List<Participant> participants,
                          long opinions) {

    public record Participant(String name, String affiliation, HearingSide side, boolean expert) {
    }
}
