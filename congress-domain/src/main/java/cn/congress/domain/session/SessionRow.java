package cn.congress.domain.session;

import java.time.LocalDate;

/** A session as the list shows it. */
public record SessionRow(long id, String title, SessionKind kind, SessionStatus status, LocalDate startDate, LocalDate endDate,
                         String place) {

    static SessionRow of(Meeting m) {
        return new SessionRow(m.getId(), m.getTitle(), m.getKind(), m.getStatus(), m.getStartDate(), m.getEndDate(), m.getPlace());
    }
}
