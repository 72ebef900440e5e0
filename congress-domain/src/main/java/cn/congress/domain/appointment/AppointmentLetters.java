package cn.congress.domain.appointment;

import cn.congress.domain.docno.DocumentNumbers;
import cn.congress.domain.member.ScMember;
import cn.congress.domain.member.ScMemberService;
import cn.congress.domain.rules.RuleKeys;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** Appointment letters (任命书) of sworn-in appointees: issued under a number of the SC's series, printed. */
@Service
@RequiredArgsConstructor
public class AppointmentLetters {

    private final AppointmentItemRepository items;
    private final SessionService sessions;
    private final ScMemberService members;
    private final DocumentNumbers documentNumbers;
    private final AppointmentHistory history;
    private final Clock clock;

    @Transactional(readOnly = true)
    public LetterView letter(long itemId) {
        AppointmentAccess.requireReader(Caller.current());
        AppointmentItem item = item(itemId);
        if (item.getLetterNumber() == null) {
            throw new NotFoundException("任命书", itemId);
        }
        Long meetingId = item.getMotion().getMeetingId();
        String session = meetingId == null ? "" : sessions.get(meetingId).getTitle();
        String chair = members.currentChair().map(ScMember::getName).orElse("");
        return new LetterView(item.getId(), item.getMotion().getId(), item.getLetterNumber(), item.getDecisionText(), session,
                chair, item.getDecidedOn());
    }

    /**
     * Issues the appointment letter (任命书) of a sworn-in appointee, numbered in the SC's document series; a refused
     * issuance rolls the number back with the transaction.
     */
    @Transactional
    public String issue(long itemId) {
        AppointmentAccess.requirePreparer(Caller.current(), "制发任命书");
        AppointmentItem item = item(itemId);
        String number = documentNumbers.next(RuleKeys.DOC_PREFIX_SC, item.getDecidedOn() == null ? LocalDate.now(clock).getYear()
                : item.getDecidedOn().getYear());
        item.issueLetter(number);
        history.record(item.getMotion().getId(), itemId, MotionEvent.LETTER_ISSUED, number);
        return number;
    }

    private AppointmentItem item(long itemId) {
        return items.findWithMotion(itemId).orElseThrow(() -> new NotFoundException("任免人员", itemId));
    }
}
