package cn.congress.domain.session;

import java.time.LocalDate;

/** A session as other modules see it: enough to show a link and pick one from a list. */
public record SessionSummary(long id, String kind, String title, LocalDate startDate, boolean closed) {
}
