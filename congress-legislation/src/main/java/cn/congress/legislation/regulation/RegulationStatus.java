package cn.congress.legislation.regulation;

import cn.congress.domain.shared.Labeled;

/** 现行有效 / 已修改（现行有效） / 已废止. */
public enum RegulationStatus implements Labeled {
    IN_FORCE, AMENDED, REPEALED;
}
