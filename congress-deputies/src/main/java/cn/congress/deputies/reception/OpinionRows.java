package cn.congress.deputies.reception;

import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.domain.shared.TimelineEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Read models of the opinion pages; the resident appears masked in all of them. */
public final class OpinionRows {

    private OpinionRows() {
    }

    /** Filters of the opinion list; null means any. {@code quarter} 1–4 within {@code year}. */
    public record OpinionFilter(Long stationId, String category, OpinionStatus status, OpinionRoute route, Integer year,
                                Integer quarter, boolean overdueOnly, String district, boolean answeredOnly) {
        public static OpinionFilter none() {
            return new OpinionFilter(null, null, null, null, null, null, false, null, false);
        }
    }

    public record OpinionRow(long id, LocalDate receivedOn, String stationName, String deputyName, String residentMasked,
                             String categoryLabel, String excerpt, OpinionStatus status, OpinionRoute route, String organName,
                             LocalDate transferDue, boolean overdue) {
    }

    public record OpinionView(long id, long version, long stationId, String stationName, long deputyId, String deputyName,
                              LocalDate receivedOn, String residentNameMasked, String residentContactMasked, String content,
                              String category, String categoryLabel, OpinionStatus status, OpinionRoute route, String settlement,
                              Long transferOrgId, String organName, LocalDate transferredOn, LocalDate transferDue, boolean overdue,
                              String answer, LocalDate answeredOn, Long suggestionId, String suggestionTitle, String suggestionStatusKey,
                              ResidentSatisfaction feedbackSatisfaction, String feedbackNote, LocalDate feedbackOn,
                              Set<OpinionStep> actions, boolean mayRevealResident, List<TimelineEntry> timeline) {
        public boolean can(String step) {
            return actions.contains(OpinionStep.valueOf(step));
        }
    }

    /** The full resident data, for the audited reveal. */
    public record Resident(String name, String contact) {
    }

    /** One line of a grouped count: a label and its numbers. */
    public record Count(String key, String label, long total, long settled, long transferred, long suggested, long answered,
                        long overdue) {
        public double settledShare() {
            return total == 0 ? 0 : Math.round(1000.0 * settled / total) / 10.0;
        }
    }

    /** The quarterly analysis (民情分析). */
    public record Analysis(int year, int quarter, long total, long settled, long transferred, long answered, long suggested,
                           long closed, long overdue, List<Count> byStation, List<Count> byCategory, List<Count> byDistrict) {
        public double settledShare() {
            return total == 0 ? 0 : Math.round(1000.0 * settled / total) / 10.0;
        }
    }

    /** A link from a suggestion back to the opinion it came from. */
    public record Origin(long opinionId, String stationName, LocalDate receivedOn) {
    }
}
