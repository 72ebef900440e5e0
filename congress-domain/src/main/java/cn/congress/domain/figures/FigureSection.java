package cn.congress.domain.figures;

import cn.congress.domain.shared.Labeled;

/** The sections of a standing committee's annual work report, in the order the report has them. */
public enum FigureSection implements Labeled {
    /** 立法工作 */
    LEGISLATION,
    /** 监督工作 */
    OVERSIGHT,
    /** 代表工作 */
    DEPUTIES,
    /** 人事任免 */
    PERSONNEL,
    /** 自身建设 (sessions held, meetings, openness) */
    SELF
}
