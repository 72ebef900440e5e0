package cn.congress.domain.appointment;

import cn.congress.domain.docno.DocumentNumbers;
import cn.congress.domain.rules.RuleKeys;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.session.AgendaItem;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteMethod;
import cn.congress.domain.session.VoteRule;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.session.VoteStatus;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TimelineEntry;
import cn.congress.domain.term.TermService;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appointment and removal motions (任免案): drafted and submitted by the proposer, vetted by the personnel working
 * body, put on a standing-committee session with one secret vote per person, announced once decided.
 */
@Service
@RequiredArgsConstructor
public class AppointmentMotions {

    public static final String ITEM_TARGET = AppointmentItem.class.getSimpleName();
    public static final String MOTION_TARGET = AppointmentMotion.class.getSimpleName();
    /** Days before the session a motion must be submitted (提请提前天数). */
    public static final String LEAD_DAYS = "appointment.submission-lead-days";
    /** Months before a rejected nominee may be proposed again for the same post. */
    public static final String REPROPOSAL_MONTHS = "appointment.reproposal-months";

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final AppointmentMotionRepository motions;
    private final AppointmentItemRepository items;
    private final SessionService sessions;
    private final VoteService votes;
    private final TermService terms;
    private final DocumentNumbers documentNumbers;
    private final Rules rules;
    private final AppointmentHistory history;
    private final Clock clock;

    public record MotionDetails(String title, Proposer proposer, String explanation) {
    }

    public record ItemDetails(String personName, AppointmentAction action, String post, String organ, String resume) {
    }

    @Transactional(readOnly = true)
    public Page<MotionRow> search(MotionStatus status, Proposer proposer, String q, Pageable pageable) {
        AppointmentAccess.requireReader(Caller.current());
        return motions.search(status, proposer, q == null ? "" : q.trim(), pageable).map(MotionRow::of);
    }

    /** The motion with its persons loaded (for the services, demo data and tests). */
    @Transactional(readOnly = true)
    public AppointmentMotion get(long id) {
        AppointmentAccess.requireReader(Caller.current());
        return load(id);
    }

    private AppointmentMotion load(long id) {
        AppointmentMotion m = motions.findById(id).orElseThrow(() -> new NotFoundException("任免案", id));
        m.getItems().size();
        return m;
    }

    /** The motion's page: persons with their votes and ceremonies, history, and the steps the caller may take now. */
    @Transactional(readOnly = true)
    public MotionView view(long id) {
        Caller caller = Caller.current();
        AppointmentAccess.requireReader(caller);
        AppointmentMotion m = load(id);
        boolean preparer = AppointmentAccess.isPreparer(caller);
        Map<Long, VoteStatus> voteStatus = new HashMap<>();
        if (m.getMeetingId() != null) {
            votes.ofMeeting(m.getMeetingId()).forEach(v -> voteStatus.put(v.getId(), v.getStatus()));
        }
        Map<Long, OathCeremony> ceremonies = new HashMap<>();
        for (Object[] row : items.ceremoniesOfMotion(id)) {
            ceremonies.put((Long) row[0], (OathCeremony) row[1]);
        }
        Set<MotionStep> steps = preparer ? m.steps() : EnumSet.noneOf(MotionStep.class);
        List<MotionView.Item> people = m.getItems().stream().map(i -> {
            VoteStatus vs = i.getVoteId() == null ? null : voteStatus.get(i.getVoteId());
            OathCeremony c = ceremonies.get(i.getId());
            boolean notVote = steps.contains(MotionStep.NOT_VOTE) && i.getStatus() == ItemStatus.PROPOSED
                    && (vs == null || vs == VoteStatus.PREPARED);
            boolean swear = preparer && i.getNextSteps().contains(ItemStatus.SWORN_IN);
            boolean letter = preparer && i.getNextSteps().contains(ItemStatus.CERTIFICATE_ISSUED);
            return new MotionView.Item(i.getId(), i.getPosition(), i.getPersonName(), i.getResume(), i.getAction(), i.getPost(),
                    i.getOrgan(), i.getVoteId(), vs, i.getStatus(), i.getDecidedOn(), i.getAnnouncementNumber(),
                    c == null ? null : c.getId(), c == null ? null : c.getHeldOn(), c == null ? null : c.getPlace(),
                    i.getLetterNumber(), i.getNextSteps(), notVote, swear, letter);
        }).toList();
        return new MotionView(m.getId(), m.getVersion(), m.getTitle(), m.getProposer(), m.getExplanation(), m.getStatus(),
                m.getSubmittedOn(), m.getMeetingId(), m.getLeadTimeException(), people, steps, preparer, history.of(id));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> history(long motionId) {
        AppointmentAccess.requireReader(Caller.current());
        return history.of(motionId);
    }

    /** Opens the drafting form: refused unless the caller may draft motions. */
    public void requirePreparer() {
        AppointmentAccess.requirePreparer(Caller.current(), "起草任免案");
    }

    @Transactional
    public AppointmentMotion create(MotionDetails d) {
        AppointmentAccess.requirePreparer(Caller.current(), "起草任免案");
        AppointmentMotion m = motions.save(new AppointmentMotion(terms.current(), d.title().trim(), d.proposer(), d.explanation().trim()));
        history.record(m.getId(), null, MotionEvent.DRAFTED, null);
        return m;
    }

    @Transactional
    public void update(long id, long version, MotionDetails d) {
        AppointmentAccess.requirePreparer(Caller.current(), "修改任免案");
        AppointmentMotion m = load(id);
        m.checkVersion(version);
        m.edit(d.title().trim(), d.proposer(), d.explanation().trim());
    }

    @Transactional
    public AppointmentItem addItem(long motionId, ItemDetails d) {
        AppointmentAccess.requirePreparer(Caller.current(), "修改任免案");
        AppointmentMotion m = load(motionId);
        AppointmentItem item = m.addItem(d.personName().trim(), d.action(), d.post().trim(), d.organ().trim(),
                d.resume() == null ? null : d.resume().trim());
        motions.flush();
        history.record(motionId, item.getId(), MotionEvent.PERSON_ADDED, item.getDecisionText());
        return item;
    }

    @Transactional
    public void removeItem(long motionId, long itemId) {
        AppointmentAccess.requirePreparer(Caller.current(), "修改任免案");
        AppointmentMotion m = load(motionId);
        AppointmentItem item = m.item(itemId);
        m.removeItem(item);
        items.delete(item);
        history.record(motionId, null, MotionEvent.PERSON_REMOVED, item.getDecisionText());
    }

    @Transactional
    public void submit(long id) {
        AppointmentAccess.requirePreparer(Caller.current(), "提请任免案");
        AppointmentMotion m = load(id);
        LocalDate today = LocalDate.now(clock);
        m.getItems().forEach(item -> checkReproposal(m, item, today));
        m.submit(today);
        history.record(id, null, MotionEvent.SUBMITTED, null);
    }

    @Transactional
    public void returnForCompletion(long id, String reason) {
        AppointmentAccess.requirePreparer(Caller.current(), "退回任免案");
        load(id).returnForCompletion();
        history.record(id, null, MotionEvent.RETURNED, reason);
    }

    @Transactional
    public void vet(long id, String remark) {
        AppointmentAccess.requirePreparer(Caller.current(), "审查任免案");
        load(id).vet();
        history.record(id, null, MotionEvent.VETTED, remark);
    }

    /**
     * A rejected nominee may be proposed again for the same post only after the months of the rule
     * {@value #REPROPOSAL_MONTHS}, and not at all in the same term after a second rejection.
     */
    private void checkReproposal(AppointmentMotion motion, AppointmentItem item, LocalDate on) {
        List<AppointmentItem> rejected = items.rejections(item.getPersonName(), item.getOrgan(), item.getPost(), item.getAction());
        if (rejected.isEmpty()) {
            return;
        }
        String what = item.getDecisionText();
        long inTerm = rejected.stream().filter(r -> r.getMotion().getTerm().getId().equals(motion.getTerm().getId())).count();
        if (inTerm >= 2) {
            throw new DomainException("“" + what + "”在本届任期内已两次未获通过，本届任期内不得再次提请");
        }
        LocalDate last = rejected.get(0).getDecidedOn();
        int months = rules.integerOn(REPROPOSAL_MONTHS, on);
        LocalDate allowed = last.plusMonths(months);
        if (on.isBefore(allowed)) {
            throw new DomainException("“" + what + "”于" + DAY.format(last) + "未获通过，须满" + months + "个月（"
                    + DAY.format(allowed) + "起）方可再次提请");
        }
    }

    /**
     * Puts the motion on a standing-committee session's agenda and prepares one secret vote per person, adopted
     * by a majority of all members (逐人表决, 无记名). A motion submitted fewer days before the session than the rule
     * {@value #LEAD_DAYS} requires is refused unless {@code leadTimeException} gives the reason for the exception.
     */
    @Transactional
    public void schedule(long id, long meetingId, String leadTimeException) {
        AppointmentAccess.requirePreparer(Caller.current(), "将任免案列入会议议程");
        AppointmentMotion m = load(id);
        Meeting meeting = sessions.get(meetingId);
        if (meeting.getKind() != SessionKind.STANDING_COMMITTEE) {
            throw new DomainException("任免案只能列入常委会会议议程");
        }
        String exception = leadTimeException == null || leadTimeException.isBlank() ? null : leadTimeException.trim();
        if (m.getSubmittedOn() != null) {
            int lead = rules.integerOn(LEAD_DAYS, m.getSubmittedOn());
            long days = ChronoUnit.DAYS.between(m.getSubmittedOn(), meeting.getStartDate());
            if (days >= lead) {
                exception = null;
            } else if (exception == null) {
                throw new DomainException("任免案于" + DAY.format(m.getSubmittedOn()) + "提请，距会议举行（"
                        + DAY.format(meeting.getStartDate()) + "）" + (days > 0 ? "仅" + days + "日" : "已不足1日")
                        + "，少于规定的" + lead + "日。确需列入本次会议的，请填写例外理由");
            }
        }
        AgendaItem agendaItem = sessions.addAgendaItem(meetingId, AgendaItemType.APPOINTMENT, m.getTitle(),
                null, MOTION_TARGET, m.getId());
        m.schedule(meetingId, agendaItem.getId(), exception);
        for (AppointmentItem item : m.getItems()) {
            Vote vote = votes.prepare(meetingId, agendaItem.getId(), new VoteService.NewVote(item.getDecisionText(),
                    VoteKind.MOTION, VoteMethod.ELECTRONIC, VoteRule.MAJORITY_OF_ALL, true, ITEM_TARGET, item.getId(), List.of()));
            item.votedBy(vote.getId());
        }
        history.record(id, null, MotionEvent.SCHEDULED, meeting.getTitle());
        if (exception != null) {
            history.record(id, null, MotionEvent.LEAD_TIME_EXCEPTION, exception);
        }
    }

    @Transactional
    public void withdraw(long id, String reason) {
        AppointmentAccess.requirePreparer(Caller.current(), "撤回任免案");
        AppointmentMotion m = load(id);
        m.withdraw();
        for (AppointmentItem item : m.getItems()) {
            if (item.getVoteId() != null) {
                votes.cancel(item.getVoteId(), "任免案撤回");
            }
        }
        history.record(id, null, MotionEvent.WITHDRAWN, reason);
    }

    /**
     * 不付表决: the council of chairpersons decides not to put the person to the vote (serious problems raised in
     * deliberation); the prepared vote is called off. Refused once the vote has opened.
     */
    @Transactional
    public void notVote(long motionId, long itemId, String reason) {
        AppointmentAccess.requirePreparer(Caller.current(), "决定不付表决");
        if (reason == null || reason.isBlank()) {
            throw new DomainException("请填写主任会议决定不付表决的理由");
        }
        AppointmentMotion m = load(motionId);
        AppointmentItem item = m.item(itemId);
        m.notVote(item, LocalDate.now(clock));
        if (item.getVoteId() != null) {
            votes.cancel(item.getVoteId(), "主任会议决定不付表决：" + reason.trim());
        }
        history.record(motionId, itemId, MotionEvent.NOT_VOTED, item.getDecisionText() + "：" + reason.trim());
        if (m.decideIfComplete()) {
            history.record(motionId, null, MotionEvent.DECIDED, null);
        }
    }

    /**
     * 公告: announces every adopted, not yet announced person of a decided motion under one announcement number of
     * the announcement series ({@link RuleKeys#ANNOUNCEMENT_PREFIX}); returns the number.
     */
    @Transactional
    public String publish(long motionId) {
        AppointmentAccess.requirePreparer(Caller.current(), "发布任免公告");
        AppointmentMotion m = load(motionId);
        m.requirePublishable(); // before a number is taken
        LocalDate today = LocalDate.now(clock);
        String number = documentNumbers.next(RuleKeys.ANNOUNCEMENT_PREFIX, today.getYear());
        for (AppointmentItem item : m.publish(number, today)) {
            history.record(motionId, item.getId(), MotionEvent.PUBLISHED, number + " " + item.getDecisionText());
        }
        return number;
    }
}
