package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.shared.Labeled;

/** An uploaded file is staged (PENDING) until staff confirm it or discard it. */
public enum ImportStatus implements Labeled {
    PENDING, CONFIRMED, DISCARDED
}
