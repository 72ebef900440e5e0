package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.Labeled;

/**
 * When a suggestion was filed: 大会期间 (on a day of a 人民代表大会会议 of its term, from the first to the last day of
 * the meeting) or 闭会期间 (any other day). Not stored: it follows from the filing time and the meetings, so a meeting
 * rescheduled afterwards moves the suggestions filed on its days with it.
 */
public enum SuggestionPhase implements Labeled {
    CONGRESS_SESSION, RECESS
}
