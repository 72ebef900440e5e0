package cn.congress.legislation.consultation;

import cn.congress.domain.shared.Labeled;

/** How a consultation knows who comments: anonymous with pre-moderation (先审后发), or real name verified by a one-time code (后台实名). */
public enum IdentityMode implements Labeled {
    ANONYMOUS_PREMODERATED, REAL_NAME;
}
