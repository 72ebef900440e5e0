package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** What a row of a session's journal records; stored by name, labelled by the bundle. */
public enum MeetingEvent implements Labeled {
    SCHEDULED, STARTED, CLOSED, ITEM_ADDED, VOTE_PREPARED, VOTE_CANCELLED, VOTE_OPENED, VOTE_CLOSED
}
