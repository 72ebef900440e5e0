package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.Labeled;

/** Where a year's chain stands: 征集, 筛选论证, 酝酿协商, 票决, 实施, 评估, 完成. */
public enum ProgrammeStatus implements Labeled {
    COLLECTING, SCREENING, DELIBERATION, VOTING, IMPLEMENTING, EVALUATING, CLOSED
}
