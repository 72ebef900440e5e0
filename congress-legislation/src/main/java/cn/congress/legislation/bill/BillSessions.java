package cn.congress.legislation.bill;

import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionSummary;
import cn.congress.domain.shared.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The sessions of congress-domain as a bill sees them: staff pick an upcoming standing-committee session and the
 * reading goes on its agenda. (When none is planned, a reading can still be recorded with the session named by hand.)
 */
@Component
public class BillSessions {

    private final SessionAgenda agenda;

    BillSessions(SessionAgenda agenda) {
        this.agenda = agenda;
    }

    /** Upcoming standing-committee sessions, soonest first. */
    public List<SessionSummary> upcoming() {
        return agenda.upcomingStandingCommitteeSessions();
    }

    /** The session by id, as a reference for a bill's history. */
    SessionRef reference(long sessionId) {
        SessionSummary s = session(sessionId);
        return new SessionRef(s.id(), s.title(), null);
    }

    /** Puts the bill's reading on the session's agenda; returns the reference with the agenda item. */
    SessionRef putOnAgenda(long sessionId, Bill bill, int readingNo) {
        SessionSummary s = session(sessionId);
        long itemId = agenda.addItem(sessionId, AgendaItemType.BILL_READING,
                "审议《" + bill.getTitle() + "》（第" + readingNo + "次审议）", "Bill", bill.getId());
        return new SessionRef(s.id(), s.title(), itemId);
    }

    /** The kind of the session, when the sessions module knows it. */
    java.util.Optional<SessionKind> kindOf(long sessionId) {
        return agenda.find(sessionId).map(s -> SessionKind.valueOf(s.kind()));
    }

    private SessionSummary session(long sessionId) {
        return agenda.find(sessionId).orElseThrow(() -> new NotFoundException("常委会会议", sessionId));
    }
}
