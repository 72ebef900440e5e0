package cn.congress.domain.session;

import cn.congress.domain.account.Caller;
import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.SourceVersions;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions, their agendas and attendance. Staff run them; members, deputies and others read. */
@Service
public class SessionService implements SessionAgenda {

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final AttendeeRepository attendees;
    private final AgendaItemRepository items;
    private final VoteRepository votes;
    private final List<ParticipantDirectory> directories;
    private final TermService terms;
    private final AttachmentService attachments;
    private final MeetingJournal journal;
    private final JdbcTemplate jdbc;
    /** The sessions not yet closed, the staff dashboard's card on every view: kept while no meeting changed ('sessions' area). */
    private final SourceVersions.Kept<Boolean, List<SessionRow>> keptUpcoming;

    public SessionService(MeetingRepository meetings, ParticipantRepository participants, AttendeeRepository attendees,
                          AgendaItemRepository items, VoteRepository votes, List<ParticipantDirectory> directories, TermService terms,
                          AttachmentService attachments, MeetingJournal journal, JdbcTemplate jdbc, SourceVersions sourceVersions) {
        this.meetings = meetings;
        this.participants = participants;
        this.attendees = attendees;
        this.items = items;
        this.votes = votes;
        this.directories = directories;
        this.terms = terms;
        this.attachments = attachments;
        this.journal = journal;
        this.jdbc = jdbc;
        this.keptUpcoming = sourceVersions.keep("sessions", 1);
    }

    /** What the session page shows about attendance: counts and whether the quorum (more than half) is met. */
    public record Quorum(int participants, int present, int onLeave, int absent) {
        public boolean met() {
            return 2 * present > participants;
        }

        /** The smallest number present that makes a quorum. */
        public int required() {
            return participants / 2 + 1;
        }
    }

    public record Details(SessionKind kind, LocalDate startDate, LocalDate endDate, String place, boolean ballotChangeAllowed) {
    }

    @Transactional
    public Meeting create(Details d) {
        SessionAccess.requireRunner(Caller.current(), "安排会议");
        Term term = terms.current();
        int number = meetings.maxNumber(term.getId(), d.kind()) + 1;
        Meeting meeting = meetings.save(new Meeting(term, d.kind(), number, d.startDate(), d.endDate(), d.place(),
                d.ballotChangeAllowed()));
        ParticipantDirectory directory = directories.stream().filter(x -> x.serves(d.kind())).findFirst()
                .orElseThrow(() -> new DomainException("没有可提供参会人员名单的模块：" + d.kind()));
        List<ParticipantDirectory.Eligible> eligible = directory.participants(d.kind(), term.getId());
        if (eligible.isEmpty()) {
            throw new DomainException("本届尚无可参会人员，请先登记组成人员或代表");
        }
        int order = 0;
        for (ParticipantDirectory.Eligible e : eligible) {
            participants.save(new Participant(meeting, e.userAccountId(), e.name(), e.description(), ++order));
        }
        journal.record(meeting.getId(), null, MeetingEvent.SCHEDULED, meeting.getTitle());
        return meeting;
    }

    @Transactional
    public void update(long id, long version, Details d) {
        SessionAccess.requireRunner(Caller.current(), "修改会议");
        Meeting m = get(id);
        m.checkVersion(version);
        m.reschedule(d.startDate(), d.endDate(), d.place(), d.ballotChangeAllowed());
    }

    @Transactional(readOnly = true)
    public Meeting get(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("会议", id));
    }

    /** Sessions the current user may see: all for staff, otherwise those they take part in. */
    @Transactional(readOnly = true)
    public Page<SessionRow> search(SessionKind kind, SessionStatus status, Integer year, Pageable pageable) {
        Caller caller = Caller.current();
        SessionAccess.requireReader(caller);
        Page<Meeting> page = SessionAccess.seesAll(caller) ? meetings.search(kind, status, year, pageable)
                : meetings.searchFor(caller.accountId() == null ? -1 : caller.accountId(), kind, status, year, pageable);
        return page.map(SessionRow::of);
    }

    /** Whether the caller may schedule sessions (the 安排会议 button); opening the form refuses others. */
    public boolean mayRun() {
        return SessionAccess.isRunner(Caller.current());
    }

    /** Whether the caller arranges votes (the vote console rather than the ballot). */
    public boolean mayOrganise() {
        return SessionAccess.isOrganiser(Caller.current());
    }

    public void requireRunner(String what) {
        SessionAccess.requireRunner(Caller.current(), what);
    }

    /** The session's page: one read-only transaction, a fixed number of statements whatever the agenda's size. */
    @Transactional(readOnly = true)
    public SessionView view(long id) {
        Meeting m = visible(id);
        Caller caller = Caller.current();
        Map<Long, List<VoteRow>> votesByItem = new HashMap<>();
        for (Vote v : votes.findByMeeting(id)) {
            votesByItem.computeIfAbsent(v.getAgendaItem().getId(), k -> new ArrayList<>()).add(VoteRow.of(v));
        }
        Map<Long, List<AttachmentInfo>> documents = documentsOfAgenda(id);
        List<SessionView.Item> agenda = items.findByMeetingIdOrderByPositionAsc(id).stream()
                .map(i -> new SessionView.Item(i.getId(), i.getPosition(), i.getType(), i.getTitle(), i.getPresenter(),
                        documents.getOrDefault(i.getId(), List.of()), votesByItem.getOrDefault(i.getId(), List.of())))
                .toList();
        Set<SessionStep> steps = SessionAccess.isRunner(caller) ? SessionStep.from(m.getStatus()) : EnumSet.noneOf(SessionStep.class);
        return new SessionView(SessionView.Meeting.of(m), quorum(id), agenda, attendeeRows(id), journal.of(id), steps,
                SessionAccess.isOrganiser(caller));
    }

    /** The attendance page: who takes part and who attends without a vote, and whether the caller records attendance. */
    @Transactional(readOnly = true)
    public AttendanceView attendance(long id) {
        Meeting m = visible(id);
        boolean record = SessionAccess.isRunner(Caller.current()) && SessionStep.ARRANGE.allowedFrom(m.getStatus());
        return new AttendanceView(SessionView.Meeting.of(m), quorum(id),
                participants.findByMeetingIdOrderBySortOrderAscIdAsc(id).stream().map(ParticipantRow::of).toList(),
                attendeeRows(id), record);
    }

    /** The session's facts for its edit form; refused unless the caller runs sessions. */
    @Transactional(readOnly = true)
    public SessionView.Meeting forEditing(long id) {
        SessionAccess.requireRunner(Caller.current(), "修改会议");
        return SessionView.Meeting.of(visible(id));
    }

    private List<SessionView.AttendeeRow> attendeeRows(long meetingId) {
        return attendees.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .map(a -> new SessionView.AttendeeRow(a.getId(), a.getName(), a.getOrgan())).toList();
    }

    /** The session, if the current user may see it (staff, or a participant); otherwise 404. */
    @Transactional(readOnly = true)
    public Meeting visible(long id) {
        Meeting m = get(id);
        Caller caller = Caller.current();
        SessionAccess.requireVisible(caller, id, SessionAccess.seesAll(caller) || isParticipant(caller, id));
        return m;
    }

    /** Whether the current user may open the session's page: other pages link to a session only when it opens. */
    @Transactional(readOnly = true)
    public boolean opens(long id) {
        Caller caller = Caller.current();
        return caller.hasAny(SessionAccess.READERS) && (SessionAccess.seesAll(caller) || isParticipant(caller, id));
    }

    private boolean isParticipant(Caller caller, long meetingId) {
        return caller.accountId() != null && participants.findByMeetingIdAndUserAccountId(meetingId, caller.accountId()).isPresent();
    }

    @Transactional
    public void start(long id) {
        SessionAccess.requireRunner(Caller.current(), "宣布开会");
        Meeting m = get(id);
        m.start();
        journal.record(id, null, MeetingEvent.STARTED, null);
    }

    @Transactional
    public void close(long id) {
        SessionAccess.requireRunner(Caller.current(), "宣布闭会");
        Meeting m = get(id);
        if (votes.countByMeetingIdAndStatus(id, VoteStatus.OPEN) > 0) {
            throw new DomainException("尚有正在进行的表决，请先结束表决再闭会");
        }
        m.close();
        journal.record(id, null, MeetingEvent.CLOSED, null);
    }

    @Transactional(readOnly = true)
    public Quorum quorum(long meetingId) {
        List<Participant> all = participants.findByMeetingIdOrderBySortOrderAscIdAsc(meetingId);
        int present = (int) all.stream().filter(p -> p.getAttendance() == Attendance.PRESENT).count();
        int leave = (int) all.stream().filter(p -> p.getAttendance() == Attendance.LEAVE).count();
        return new Quorum(all.size(), present, leave, all.size() - present - leave);
    }

    @Transactional(readOnly = true)
    public List<Participant> participants(long meetingId) {
        return participants.findByMeetingIdOrderBySortOrderAscIdAsc(meetingId);
    }


    @Transactional(readOnly = true)
    public Optional<Participant> participantOf(long meetingId, long accountId) {
        return participants.findByMeetingIdAndUserAccountId(meetingId, accountId);
    }

    /** Records one participant's attendance: present, on leave (with the reason) or absent. */
    @Transactional
    public void recordAttendance(long meetingId, long participantId, Attendance attendance, String reason) {
        SessionAccess.requireRunner(Caller.current(), "登记出席情况");
        get(meetingId).requireNotClosed();
        Participant p = participants.findById(participantId).filter(x -> x.getMeeting().getId() == meetingId)
                .orElseThrow(() -> new NotFoundException("参会人员", participantId));
        switch (attendance) {
            case PRESENT -> p.markPresent();
            case LEAVE -> p.markOnLeave(reason);
            case ABSENT -> p.markAbsent();
        }
    }

    @Transactional
    public Attendee addAttendee(long meetingId, String name, String organ) {
        SessionAccess.requireRunner(Caller.current(), "登记列席人员");
        Meeting m = get(meetingId);
        m.requireNotClosed();
        return attendees.save(new Attendee(m, name.trim(), organ.trim()));
    }

    @Transactional
    public void removeAttendee(long meetingId, long attendeeId) {
        SessionAccess.requireRunner(Caller.current(), "删除列席人员");
        get(meetingId).requireNotClosed();
        Attendee a = attendees.findById(attendeeId).filter(x -> x.getMeeting().getId() == meetingId)
                .orElseThrow(() -> new NotFoundException("列席人员", attendeeId));
        attendees.delete(a);
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(long meetingId) {
        return items.findByMeetingIdOrderByPositionAsc(meetingId);
    }

    @Transactional(readOnly = true)
    public AgendaItem item(long meetingId, long itemId) {
        return items.findById(itemId).filter(i -> i.getMeeting().getId() == meetingId)
                .orElseThrow(() -> new NotFoundException("议程", itemId));
    }

    @Transactional
    public AgendaItem addAgendaItem(long meetingId, AgendaItemType type, String title, String presenter,
                                    String targetType, Long targetId) {
        SessionAccess.requireOrganiser(Caller.current(), "编排议程");
        Meeting m = get(meetingId);
        m.requireNotClosed();
        AgendaItem item = items.save(new AgendaItem(m, items.maxPosition(meetingId) + 1, type, title.trim(), presenter,
                targetType, targetId));
        journal.record(meetingId, null, MeetingEvent.ITEM_ADDED, item.getPosition() + ". " + item.getTitle());
        return item;
    }

    /** Moves an item one place up or down the agenda. */
    @Transactional
    public void moveAgendaItem(long meetingId, long itemId, boolean up) {
        SessionAccess.requireRunner(Caller.current(), "编排议程");
        get(meetingId).requireNotClosed();
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPositionAsc(meetingId);
        int i = agenda.indexOf(item(meetingId, itemId));
        int j = up ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= agenda.size()) {
            return;
        }
        AgendaItem a = agenda.get(i);
        AgendaItem b = agenda.get(j);
        int pa = a.getPosition();
        int pb = b.getPosition();
        a.moveTo(-1);
        items.flush();
        b.moveTo(pa);
        items.flush();
        a.moveTo(pb);
    }

    @Transactional
    public void attach(long meetingId, long itemId, String fileName, byte[] content) {
        SessionAccess.requireOrganiser(Caller.current(), "上传会议文件");
        item(meetingId, itemId);
        attachments.store(AgendaItem.ATTACHMENT_OWNER, itemId, fileName, content);
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> documents(long itemId) {
        return attachments.list(AgendaItem.ATTACHMENT_OWNER, itemId);
    }

    /** The documents of all the session's agenda items, by item id, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, List<AttachmentInfo>> documentsOfAgenda(long meetingId) {
        Map<Long, List<AttachmentInfo>> result = new HashMap<>();
        jdbc.query("""
                select a.id, a.owner_id, a.file_name, a.content_type, a.size, a.created_at, a.created_by
                from attachment a join agenda_item i on i.id = a.owner_id
                where a.owner_type = ? and i.meeting_id = ? order by a.id
                """, rs -> {
            result.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new AttachmentInfo(rs.getLong(1), rs.getString(3),
                    rs.getString(4), rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getString(7)));
        }, AgendaItem.ATTACHMENT_OWNER, meetingId);
        return result;
    }

    @Transactional(readOnly = true)
    public Attachment document(long meetingId, long itemId, long documentId) {
        visible(meetingId);
        item(meetingId, itemId);
        return attachments.get(AgendaItem.ATTACHMENT_OWNER, itemId, documentId);
    }


    /** Sessions not yet closed, soonest first (for the staff dashboard). */
    @Transactional(readOnly = true)
    public List<SessionRow> upcoming() {
        SessionAccess.requireReader(Caller.current());
        return keptUpcoming.get(true, () -> meetings.findByStatusNotOrderByStartDateAscIdAsc(SessionStatus.CLOSED).stream()
                .map(SessionRow::of).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionSummary> upcomingStandingCommitteeSessions() {
        return meetings.findByKindAndStatusNotOrderByStartDateAscIdAsc(SessionKind.STANDING_COMMITTEE, SessionStatus.CLOSED)
                .stream().map(Meeting::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionSummary> find(long sessionId) {
        return meetings.findById(sessionId).map(Meeting::summary);
    }

    @Override
    @Transactional
    public long addItem(long sessionId, AgendaItemType type, String title, String targetType, Long targetId) {
        return addAgendaItem(sessionId, type, title, null, targetType, targetId).getId();
    }
}
