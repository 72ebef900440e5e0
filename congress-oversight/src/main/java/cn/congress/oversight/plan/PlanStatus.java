package cn.congress.oversight.plan;

import cn.congress.domain.shared.Labeled;

/** 草案 while staff compile it; 已通过 once the 主任会议 adopted it (topics may still be adjusted). */
public enum PlanStatus implements Labeled {
    DRAFT, ADOPTED
}
