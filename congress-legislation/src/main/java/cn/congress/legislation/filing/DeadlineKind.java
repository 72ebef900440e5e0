package cn.congress.legislation.filing;

import cn.congress.domain.shared.Labeled;

/** The deadline a filing is currently running against: 形式审查 / 主动审查 / 制定机关纠正答复. */
public enum DeadlineKind implements Labeled {
    FORMAL_CHECK, ACTIVE_REVIEW, CORRECTION_ANSWER;

    /** The status during which this deadline runs. */
    FilingStatus runsIn() {
        return switch (this) {
            case FORMAL_CHECK -> FilingStatus.RECEIVED;
            case ACTIVE_REVIEW -> FilingStatus.UNDER_REVIEW;
            case CORRECTION_ANSWER -> FilingStatus.CORRECTION_REQUESTED;
        };
    }
}
