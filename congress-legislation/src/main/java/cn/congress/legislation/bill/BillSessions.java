package cn.congress.legislation.bill;

import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.SessionSummary;
import cn.congress.domain.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The sessions module as a bill sees it. The module is optional at run time: while no {@link SessionAgenda} bean
 * exists, readings are recorded with the session named by hand; once it exists, staff pick an upcoming
 * standing-committee session and the reading goes on its agenda.
 */
@Component
public class BillSessions {

    private final ObjectProvider<SessionAgenda> agenda;

    BillSessions(ObjectProvider<SessionAgenda> agenda) {
        this.agenda = agenda;
    }

    public boolean available() {
        return agenda.getIfAvailable() != null;
    }

    /** Upcoming standing-committee sessions, or none while sessions are not available. */
    public List<SessionSummary> upcoming() {
        SessionAgenda a = agenda.getIfAvailable();
        return a == null ? List.of() : a.upcomingStandingCommitteeSessions();
    }

    /** The session by id, as a reference for a bill's history. */
    SessionRef reference(long sessionId) {
        SessionSummary s = session(sessionId);
        return new SessionRef(s.id(), s.title(), null);
    }

    /** Puts the bill's reading on the session's agenda; returns the reference with the agenda item. */
    SessionRef putOnAgenda(long sessionId, Bill bill, int readingNo) {
        SessionSummary s = session(sessionId);
        long itemId = agenda.getObject().addItem(sessionId, AgendaItemType.BILL_READING,
                "审议《" + bill.getTitle() + "》（第" + readingNo + "次审议）", "Bill", bill.getId());
        return new SessionRef(s.id(), s.title(), itemId);
    }

    private SessionSummary session(long sessionId) {
        SessionAgenda a = agenda.getIfAvailable();
        if (a == null) {
            throw new NotFoundException("常委会会议", sessionId);
        }
        return a.find(sessionId).orElseThrow(() -> new NotFoundException("常委会会议", sessionId));
    }
}
