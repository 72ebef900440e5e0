package cn.congress.legislation.evaluation;

import cn.congress.domain.shared.Labeled;

/** 继续施行 / 建议修改 / 建议废止. */
public enum EvaluationConclusion implements Labeled { KEEP, AMEND, REPEAL }
