package cn.congress.legislation.bill;

import cn.congress.domain.session.SessionKind;
import cn.congress.domain.shared.Labeled;

/**
 * Who enacts the bill: the standing committee (常委会, the usual track) or the people's congress itself for 特别重大事项
 * (人民代表大会, the congress track), where the vote is taken at a session of the congress.
 */
public enum EnactingBody implements Labeled {
    STANDING_COMMITTEE, CONGRESS;

    /** The kind of session at which the bill is voted on. */
    public SessionKind votingSessionKind() {
        return this == CONGRESS ? SessionKind.CONGRESS : SessionKind.STANDING_COMMITTEE;
    }
}
