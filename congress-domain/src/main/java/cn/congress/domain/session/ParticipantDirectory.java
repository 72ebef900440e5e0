package cn.congress.domain.session;

import java.util.List;

/**
 * Who takes part in a session of a kind: the standing committee's members for its sessions and the council of
 * chairpersons (implemented here), the deputies for a people's congress session (implemented by the deputies
 * module, which the domain must not import). The list is copied into the session when it is created.
 */
public interface ParticipantDirectory {

    boolean serves(SessionKind kind);

    List<Eligible> participants(SessionKind kind, long termId);

    /** One participant: their login account, name and a short description (position, delegation). */
    record Eligible(long userAccountId, String name, String description) {
    }
}
