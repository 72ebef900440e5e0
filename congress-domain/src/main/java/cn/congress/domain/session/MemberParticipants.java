package cn.congress.domain.session;

import cn.congress.domain.member.ScMember;
import cn.congress.domain.member.ScMemberService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.List;

/** The participants of standing-committee sessions (all members) and of the council of chairpersons. */
@Component
@RequiredArgsConstructor
class MemberParticipants implements ParticipantDirectory {

    private final ScMemberService members;

    @Override
    public boolean serves(SessionKind kind) {
        return kind == SessionKind.STANDING_COMMITTEE || kind == SessionKind.CHAIRPERSONS;
    }

    @Override
    public List<Eligible> participants(SessionKind kind, long termId) {
        return members.membersOf(termId).stream()
                .filter(m -> m.getUserAccountId() != null)
                .filter(m -> kind == SessionKind.STANDING_COMMITTEE || m.getPosition().onChairpersonsCouncil())
                .map(m -> new Eligible(m.getUserAccountId(), m.getName(), label(m)))
                .toList();
    }

    private static String label(ScMember m) {
        return switch (m.getPosition()) {
            case CHAIR -> "主任";
            case VICE_CHAIR -> "副主任";
            case SECRETARY_GENERAL -> "秘书长";
            case MEMBER -> "委员";
        };
    }
}
