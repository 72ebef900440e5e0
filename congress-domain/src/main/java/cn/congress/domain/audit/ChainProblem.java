package cn.congress.domain.audit;

import cn.congress.domain.shared.Labeled;

/** What the verifier of the audit chain found wrong first. */
public enum ChainProblem implements Labeled {
    /** A row's content no longer matches its MAC: it was edited behind the application's back. */
    ROW_CHANGED,
    /** A link names a row that is gone: it was deleted behind the application's back. */
    ROW_MISSING,
    /** A row that the application did not write (no valid MAC), so the sealer refused to link it. */
    ROW_FORGED,
    /** A link itself was changed, or links were swapped. */
    LINK_BROKEN,
    /** A link is missing from the sequence (links deleted). */
    LINK_MISSING,
    /** A retention checkpoint was changed or removed. */
    CHECKPOINT_BROKEN
}
