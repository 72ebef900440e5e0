package cn.congress.deputies.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of the activity pages. */
public final class ActivityRows {

    private ActivityRows() {
    }

    public record ActivityFilter(ActivityKind kind, Integer year, Long deputyId) {
    }

    public record ActivityRow(long id, ActivityKind kind, String title, LocalDate heldOn, BigDecimal hours, String location,
                              int participants, int confirmed, boolean awaitingMe) {
    }

    public record ParticipantRow(long deputyId, String name, String delegation, Instant confirmedAt) {
    }

    public record ActivityView(long id, ActivityKind kind, String title, LocalDate heldOn, BigDecimal hours, String location,
                               String groupName, String stationName, List<ParticipantRow> participants, boolean mayConfirm) {
    }

    public record GroupChoice(long id, String name) {
    }
}
