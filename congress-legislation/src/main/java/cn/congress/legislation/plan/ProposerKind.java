package cn.congress.legislation.plan;

import cn.congress.domain.shared.Labeled;

/** Who proposed a project: 人大代表 / 单位 / 社会公众. */
public enum ProposerKind implements Labeled { DEPUTY, UNIT, PUBLIC }
