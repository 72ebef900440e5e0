package cn.congress.legislation.plan;

import cn.congress.domain.shared.Labeled;

/** 正式项目 / 预备项目 / 调研项目. */
public enum ProjectCategory implements Labeled { FORMAL, PREPARATORY, RESEARCH }
