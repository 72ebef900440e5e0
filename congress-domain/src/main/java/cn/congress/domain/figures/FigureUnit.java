package cn.congress.domain.figures;

import cn.congress.domain.shared.Labeled;

/** What a figure counts, which decides how it is written (件, 人次, 万元, one-decimal percentages). */
public enum FigureUnit implements Labeled {
    /** 件/项/次: a count of records */
    COUNT,
    /** 人次 */
    PERSON_TIMES,
    /** 人 */
    PERSONS,
    /** a share, 0–100, written with one decimal and compared in 个百分点 */
    PERCENT,
    /** an amount of money in yuan, written in 万元/亿元 */
    YUAN,
    /** hours, e.g. training */
    HOURS
}
