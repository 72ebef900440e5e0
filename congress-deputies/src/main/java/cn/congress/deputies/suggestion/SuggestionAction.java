package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.Labeled;

/**
 * What a caller may do on a suggestion's page. {@link SuggestionAccess#actions} gives the set open to a caller now,
 * from the state machine ({@link SuggestionStep}) and who the caller is; the page renders a button or form per
 * action in the set and never decides by itself.
 */
public enum SuggestionAction implements Labeled {
    // the lead deputy and joint deputies
    EDIT, ATTACH, SUBMIT, WITHDRAW, CONSENT_WITHDRAWAL, SIGN, EVALUATE,
    // the deputies' affairs staff
    ACCEPT, MARK_MOTION, LIST_MOTION, CONVERT_TO_SUGGESTION, RETURN, MERGE, ASSIGN, DECIDE_REASSIGNMENT,
    DECIDE_DISSATISFACTION, DECIDE_EXTENSION, SUPERVISE, EXTEND, PUBLISH, UNPUBLISH,
    // the handling units
    RECORD_CONTACT, CO_OPINION, ANSWER, REQUEST_EXTENSION, REQUEST_REASSIGNMENT, FULFIL_COMMITMENT
}
