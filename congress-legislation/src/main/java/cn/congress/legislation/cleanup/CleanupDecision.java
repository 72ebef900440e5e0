package cn.congress.legislation.cleanup;

import cn.congress.domain.shared.Labeled;

/** 保留 / 修改 / 废止 / 打包修改. */
public enum CleanupDecision implements Labeled { RETAIN, AMEND, REPEAL, PACKAGE_AMEND }
