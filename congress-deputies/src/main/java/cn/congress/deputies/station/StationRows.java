package cn.congress.deputies.station;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The read models of the station pages (records only: pages never receive entities). */
public final class StationRows {

    private StationRows() {
    }

    /** A line of the station list. */
    public record StationRow(long id, StationKind kind, String name, String district, String subdistrict, String address,
                             int deputyCount, LocalDate nextDay) {
    }

    /** A reception day with the names of the deputies on duty. */
    public record DayRow(long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, String note, String deputyNames) {
    }

    /** A deputy as a choice or a name on a page. */
    public record DeputyRef(long id, String name, String delegation) {
    }

    /** The station page. */
    public record StationView(long id, long version, StationKind kind, String name, String district, String subdistrict,
                              String address, String contactName, String contactPhone, String openingHours, boolean active,
                              String managerUsername, List<DeputyRef> deputies, List<DayRow> upcoming, boolean canKeep,
                              boolean canEdit) {
        public List<Long> deputyIds() {
            return deputies.stream().map(DeputyRef::id).toList();
        }
    }

    /** A station on the public list: where, when open, the next reception days; nobody's personal data. */
    public record PublicStation(long id, StationKind kind, String name, String district, String subdistrict, String address,
                                String contactPhone, String openingHours, List<DayRow> nextDays) {
    }

    /** Filter of the station list; blank means any. */
    public record StationFilter(String district, StationKind kind, String q) {
        public static StationFilter none() {
            return new StationFilter(null, null, null);
        }
    }
}
