package cn.congress.legislation.consultation;

import cn.congress.domain.shared.Labeled;

/** Whether a comment is public: waiting for approval, published, or hidden by staff with a reason (never deleted). */
public enum Moderation implements Labeled {
    PENDING, PUBLISHED, HIDDEN;
}
