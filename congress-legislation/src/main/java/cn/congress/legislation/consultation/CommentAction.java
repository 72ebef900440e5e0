package cn.congress.legislation.consultation;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/** What staff may do with one comment in triage, given its moderation state; stated once here. */
public enum CommentAction implements Labeled {
    APPROVE, HIDE, RESTORE, DECIDE, MARK_DUPLICATE, VIEW_CONTACT;

    static Set<CommentAction> available(Moderation moderation, boolean duplicate, boolean hasContact) {
        Set<CommentAction> result = EnumSet.noneOf(CommentAction.class);
        if (moderation == Moderation.PENDING) {
            result.add(APPROVE);
        }
        if (moderation == Moderation.HIDDEN) {
            result.add(RESTORE);
        } else {
            result.add(HIDE);
            result.add(DECIDE);
            if (!duplicate) {
                result.add(MARK_DUPLICATE);
            }
        }
        if (hasContact) {
            result.add(VIEW_CONTACT);
        }
        return result;
    }
}
