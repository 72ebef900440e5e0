package cn.congress.legislation.filing;

import cn.congress.domain.shared.Labeled;

/** A recorded step of a filing review. */
enum FilingStep implements Labeled { RECEIVED, REVIEWER_ASSIGNED, FOUND_LAWFUL, FOUND_PROBLEM, CORRECTION_REQUESTED, ANSWERED, CLOSED }
