package cn.congress.legislation.consultation;

import cn.congress.domain.shared.Labeled;

/** How an opinion reached the committee. */
public enum CommentChannel implements Labeled {
    WEBSITE, LETTER, ACCOUNT, CONTACT_POINT, HEARING, EXPERT;
}
