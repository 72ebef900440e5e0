package cn.congress.legislation.bill;

/** The session (and agenda item) a step took place at, as the sessions module names it; ids may be null when typed by hand. */
public record SessionRef(Long sessionId, String title, Long agendaItemId) {

    public static SessionRef named(String title) {
        return title == null || title.isBlank() ? null : new SessionRef(null, title.strip(), null);
    }
}
