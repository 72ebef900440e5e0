package cn.congress.oversight.fiscal.assets;

import cn.congress.domain.shared.Labeled;

/** The four categories of the state-assets report (国有资产管理情况综合报告). */
public enum AssetCategory implements Labeled {
    ENTERPRISE, FINANCIAL, ADMINISTRATIVE, NATURAL_RESOURCES
}
