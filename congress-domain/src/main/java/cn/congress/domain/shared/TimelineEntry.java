package cn.congress.domain.shared;

import java.time.Instant;

/**
 * One step of a record's history as a page shows it (the one history shape): what happened (a message key, usually
 * a step's label), when, by whom, an optional remark and an optional link to a related record. Every history table
 * (bill events, suggestion events, problem items, …) is read into this record, and {@code fragments/timeline.html}
 * renders a list of them.
 */
public record TimelineEntry(Instant at, String labelKey, String actorName, String remark, String linkHref, String linkText) {

    public static TimelineEntry of(Instant at, String labelKey, String actorName, String remark) {
        return new TimelineEntry(at, labelKey, actorName, remark, null, null);
    }
}
