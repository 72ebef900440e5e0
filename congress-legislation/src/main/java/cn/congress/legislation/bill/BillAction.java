package cn.congress.legislation.bill;

import cn.congress.domain.shared.Labeled;

/** What staff may do with a bill on its page; {@link Bill#actions()} says which apply in the bill's state. */
enum BillAction implements Labeled {
    EDIT, TEXTS, SUBMIT, SCHEDULE_READING, RECORD_READING, UNIFIED_REVIEW, DECIDE_READINGS, SUBMIT_TO_VOTE, RECORD_VOTE,
    SEND_FOR_APPROVAL, DECIDE_APPROVAL, PROMULGATE, TAKE_EFFECT, RESUME, SHELVE, WITHDRAW, TERMINATE
}
