package cn.congress.domain.appointment;

import cn.congress.domain.shared.Actor;
import cn.congress.domain.account.Role;
import cn.congress.domain.docno.DocumentNumbers;
import cn.congress.domain.member.ScMember;
import cn.congress.domain.member.ScMemberService;
import cn.congress.domain.session.AgendaItem;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.Permissions;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteConcluded;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteMethod;
import cn.congress.domain.session.VoteRule;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.term.TermService;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.rules.RuleKeys;
import cn.congress.domain.shared.TransitionRefused;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Appointments and removals (人事任免): motions prepared by the personnel working body, voted person by person
 * at a standing-committee session; adopted items update the post registry. Also oath ceremonies, appointment
 * letters and performance reports with their satisfaction votes.
 */
@Service
@RequiredArgsConstructor
public class AppointmentService {

    public static final String ITEM_TARGET = AppointmentItem.class.getSimpleName();
    public static final String MOTION_TARGET = AppointmentMotion.class.getSimpleName();
    public static final String REPORT_TARGET = PerformanceReport.class.getSimpleName();
    /** Days before the session a motion must be submitted (提请提前天数). */
    public static final String LEAD_DAYS = "appointment.submission-lead-days";
    /** Months before a rejected nominee may be proposed again for the same post. */
    public static final String REPROPOSAL_MONTHS = "appointment.reproposal-months";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final AppointmentMotionRepository motions;
    private final AppointmentItemRepository items;
    private final PostHoldingRepository holdings;
    private final OathCeremonyRepository ceremonies;
    private final PerformanceReportRepository reports;
    private final SessionService sessions;
    private final VoteService votes;
    private final TermService terms;
    private final ScMemberService members;
    private final DocumentNumbers documentNumbers;
    private final Rules rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public record MotionDetails(String title, Proposer proposer, String explanation) {
    }

    public record ItemDetails(String personName, AppointmentAction action, String post, String organ, String resume) {
    }

    public record HistoryEntry(String action, String actor, java.time.Instant occurredAt, String remark) {
    }

    /** An appointment letter (任命书) as printed: the decision, the session, the signing chair. */
    public record Letter(AppointmentItem item, String sessionTitle, String chairName, LocalDate date) {
    }

    private static void requirePreparer(String what) {
        Permissions.require(what, Role.APPOINTMENT_ADMIN, Role.STAFF);
    }

    // ---- motions ----

    @Transactional(readOnly = true)
    public Page<AppointmentMotion> search(MotionStatus status, Proposer proposer, String q, Pageable pageable) {
        return motions.search(status, proposer, blankToEmpty(q), pageable);
    }

    @Transactional(readOnly = true)
    public AppointmentMotion get(long id) {
        AppointmentMotion m = motions.findById(id).orElseThrow(() -> new NotFoundException("任免案", id));
        m.getItems().size();
        return m;
    }

    @Transactional
    public AppointmentMotion create(MotionDetails d) {
        requirePreparer("起草任免案");
        AppointmentMotion m = motions.save(new AppointmentMotion(terms.current(), d.title().trim(), d.proposer(), d.explanation().trim()));
        history(m.getId(), null, "起草", null);
        return m;
    }

    @Transactional
    public void update(long id, long version, MotionDetails d) {
        requirePreparer("修改任免案");
        AppointmentMotion m = get(id);
        m.checkVersion(version);
        m.edit(d.title().trim(), d.proposer(), d.explanation().trim());
    }

    @Transactional
    public AppointmentItem addItem(long motionId, ItemDetails d) {
        requirePreparer("修改任免案");
        AppointmentMotion m = get(motionId);
        AppointmentItem item = m.addItem(d.personName().trim(), d.action(), d.post().trim(), d.organ().trim(),
                d.resume() == null ? null : d.resume().trim());
        motions.flush();
        history(motionId, item.getId(), "增加人员", item.getDecisionText());
        return item;
    }

    @Transactional
    public void removeItem(long motionId, long itemId) {
        requirePreparer("修改任免案");
        AppointmentMotion m = get(motionId);
        AppointmentItem item = m.getItems().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("任免人员", itemId));
        m.removeItem(item);
        items.delete(item);
        history(motionId, null, "删除人员", item.getDecisionText());
    }

    @Transactional
    public void submit(long id) {
        requirePreparer("提请任免案");
        AppointmentMotion m = get(id);
        LocalDate today = LocalDate.now(clock);
        m.getItems().forEach(item -> checkReproposal(m, item, today));
        m.submit(today);
        history(id, null, "提请", null);
    }

    @Transactional
    public void returnForCompletion(long id, String reason) {
        requirePreparer("退回任免案");
        get(id).returnForCompletion();
        history(id, null, "退回补充材料", reason);
    }

    @Transactional
    public void vet(long id, String remark) {
        requirePreparer("审查任免案");
        get(id).vet();
        history(id, null, "审查通过", remark);
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
        requirePreparer("将任免案列入会议议程");
        AppointmentMotion m = get(id);
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
        history(id, null, "列入会议议程", meeting.getTitle());
        if (exception != null) {
            history(id, null, "提请时限例外", exception);
        }
    }

    @Transactional
    public void withdraw(long id, String reason) {
        requirePreparer("撤回任免案");
        AppointmentMotion m = get(id);
        m.withdraw();
        for (AppointmentItem item : m.getItems()) {
            if (item.getVoteId() != null) {
                votes.cancel(item.getVoteId(), "任免案撤回");
            }
        }
        history(id, null, "撤回", reason);
    }

    /**
     * 不付表决: the council of chairpersons decides not to put the person to the vote (serious problems raised in
     * deliberation); the prepared vote is called off. Refused once the vote has opened.
     */
    @Transactional
    public void notVote(long motionId, long itemId, String reason) {
        requirePreparer("决定不付表决");
        if (reason == null || reason.isBlank()) {
            throw new DomainException("请填写主任会议决定不付表决的理由");
        }
        AppointmentMotion m = get(motionId);
        AppointmentItem item = m.getItems().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("任免人员", itemId));
        if (m.getStatus() != MotionStatus.SCHEDULED) {
            throw new TransitionRefused("只有已列入会议议程的任免案才能决定不付表决");
        }
        item.notVote(LocalDate.now(clock));
        if (item.getVoteId() != null) {
            votes.cancel(item.getVoteId(), "主任会议决定不付表决：" + reason.trim());
        }
        history(motionId, itemId, "不付表决", item.getDecisionText() + "：" + reason.trim());
        if (m.decideIfComplete()) {
            history(motionId, null, "表决完毕", null);
        }
    }

    /**
     * 公告: announces every adopted, not yet announced person of a decided motion under one announcement number of
     * the announcement series ({@link RuleKeys#ANNOUNCEMENT_PREFIX}); returns the number.
     */
    @Transactional
    public String publish(long motionId) {
        requirePreparer("发布任免公告");
        AppointmentMotion m = get(motionId);
        if (m.getStatus() != MotionStatus.DECIDED) {
            throw new TransitionRefused("任免案全部表决完毕后才能发布公告");
        }
        List<AppointmentItem> adopted = m.getItems().stream().filter(i -> i.getStatus() == ItemStatus.ADOPTED).toList();
        if (adopted.isEmpty()) {
            throw new TransitionRefused("没有待公告的表决通过人员");
        }
        LocalDate today = LocalDate.now(clock);
        String number = documentNumbers.next(RuleKeys.ANNOUNCEMENT_PREFIX, today.getYear());
        for (AppointmentItem item : adopted) {
            item.publish(number, today);
            history(motionId, item.getId(), "发布公告", number + " " + item.getDecisionText());
        }
        return number;
    }

    /** The ceremony each sworn person of the motion swore at, by item id. */
    @Transactional(readOnly = true)
    public Map<Long, OathCeremony> ceremoniesOf(long motionId) {
        Map<Long, OathCeremony> byItem = new HashMap<>();
        for (Object[] row : items.ceremoniesOfMotion(motionId)) {
            byItem.put((Long) row[0], (OathCeremony) row[1]);
        }
        return byItem;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long motionId) {
        return jdbc.query("select action, actor, occurred_at, remark from appointment_history where motion_id = ? order by id",
                (rs, i) -> new HistoryEntry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)), motionId);
    }

    private void history(long motionId, Long itemId, String action, String remark) {
        jdbc.update("insert into appointment_history (motion_id, item_id, action, actor, occurred_at, remark) values (?, ?, ?, ?, ?, ?)",
                motionId, itemId, action, Actor.current().displayName(), Timestamp.from(clock.instant()), remark);
    }

    // ---- results of votes ----

    /** Advances the person-item or the performance report a concluded vote was about, in the closing transaction. */
    @EventListener
    public void onVoteConcluded(VoteConcluded event) {
        if (event.targetType() == null) {
            return;
        }
        if (event.targetType().equals(ITEM_TARGET)) {
            decide(event);
        } else if (event.targetType().equals(REPORT_TARGET)) {
            reports.findById(event.targetId()).ifPresent(r -> r.evaluate(event.adopted()));
        }
    }

    private void decide(VoteConcluded event) {
        AppointmentItem item = items.findWithMotion(event.targetId()).orElseThrow(() -> new NotFoundException("任免人员", event.targetId()));
        LocalDate on = decisionDate(votes.get(event.voteId()));
        AppointmentMotion motion = item.getMotion();
        if (event.adopted()) {
            item.adopt(on);
            if (item.getAction().endsHolding()) {
                holdings.findFirstByPersonNameAndOrganAndPostAndEndDateIsNull(item.getPersonName(), item.getOrgan(), item.getPost())
                        .ifPresent(h -> h.end(on, item.getId()));
            } else if (holdings.findFirstByPersonNameAndOrganAndPostAndEndDateIsNull(item.getPersonName(), item.getOrgan(),
                    item.getPost()).isEmpty()) {
                holdings.save(new PostHolding(item.getPersonName(), item.getPost(), item.getOrgan(), on, item.getId()));
            }
        } else {
            item.reject(on);
        }
        history(motion.getId(), item.getId(), event.adopted() ? "表决通过" : "表决未通过",
                item.getDecisionText() + "（赞成 " + event.yes() + "，组成人员 " + event.participants() + "）");
        if (motion.decideIfComplete()) {
            history(motion.getId(), null, "表决完毕", null);
        }
    }

    /**
     * The day a decision takes effect: the day the vote closed, or the session's last day when the result was
     * recorded after the session had ended.
     */
    private LocalDate decisionDate(Vote vote) {
        LocalDate closed = LocalDate.ofInstant(vote.getClosedAt(), clock.getZone());
        Meeting m = vote.getMeeting();
        LocalDate last = m.getEndDate() != null ? m.getEndDate() : m.getStartDate();
        return closed.isAfter(last) ? last : closed;
    }

    // ---- registry ----

    /** Who held the post (matching post and organ, either may be null) on the day. */
    @Transactional(readOnly = true)
    public List<PostHolding> heldOn(String post, String organ, LocalDate day) {
        return holdings.heldOn(blankToEmpty(post), blankToEmpty(organ), day);
    }

    /** All posts the person held or holds, earliest first. */
    @Transactional(readOnly = true)
    public List<PostHolding> postsOf(String personName) {
        return holdings.findByPersonNameOrderByStartDateAscIdAsc(personName.trim());
    }

    @Transactional(readOnly = true)
    public Page<PostHolding> searchRegistry(String q, boolean currentOnly, Pageable pageable) {
        return holdings.search(blankToEmpty(q), currentOnly, pageable);
    }

    @Transactional(readOnly = true)
    public List<PostHolding> currentHoldings() {
        return holdings.findByEndDateIsNullOrderByOrganAscPostAsc();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    // ---- letters ----

    @Transactional(readOnly = true)
    public AppointmentItem item(long itemId) {
        return items.findWithMotion(itemId).orElseThrow(() -> new NotFoundException("任免人员", itemId));
    }

    @Transactional(readOnly = true)
    public Letter letter(long itemId) {
        AppointmentItem item = item(itemId);
        if (item.getLetterNumber() == null) {
            throw new NotFoundException("任命书", itemId);
        }
        String session = item.getMotion().getMeetingId() == null ? "" : sessions.get(item.getMotion().getMeetingId()).getTitle();
        String chair = members.currentChair().map(ScMember::getName).orElse("");
        return new Letter(item, session, chair, item.getDecidedOn());
    }

    /**
     * Issues the appointment letter (任命书) of a sworn-in appointee, numbered in the SC's document series; a refused
     * issuance rolls the number back with the transaction.
     */
    @Transactional
    public String issueLetter(long itemId) {
        requirePreparer("制发任命书");
        AppointmentItem item = item(itemId);
        String number = documentNumbers.next(RuleKeys.DOC_PREFIX_SC, item.getDecidedOn() == null ? LocalDate.now(clock).getYear()
                : item.getDecidedOn().getYear());
        item.issueLetter(number);
        history(item.getMotion().getId(), itemId, "制发任命书", number);
        return number;
    }

    // ---- oath ceremonies ----

    @Transactional(readOnly = true)
    public List<OathCeremony> ceremonies() {
        return ceremonies.findAllByOrderByHeldOnDesc();
    }

    @Transactional(readOnly = true)
    public List<AppointmentItem> awaitingOath() {
        return items.awaitingOath();
    }

    @Transactional
    public OathCeremony recordCeremony(LocalDate heldOn, String place, String presiding, boolean collective, List<Long> itemIds) {
        requirePreparer("登记宪法宣誓");
        if (itemIds == null || itemIds.isEmpty()) {
            throw new DomainException("请选择参加宣誓的人员");
        }
        Set<AppointmentItem> swearers = new LinkedHashSet<>();
        for (Long id : new HashSet<>(itemIds)) {
            AppointmentItem item = item(id);
            item.swear();
            if (item.getDecidedOn() != null && heldOn.isBefore(item.getDecidedOn())) {
                throw new DomainException("宣誓日期不能早于任命通过日期（" + item.getPersonName() + "）");
            }
            swearers.add(item);
        }
        OathCeremony c = ceremonies.save(new OathCeremony(heldOn, place.trim(), presiding.trim(), collective, swearers));
        for (AppointmentItem item : swearers) {
            history(item.getMotion().getId(), item.getId(), "宪法宣誓", heldOn + " " + place);
        }
        return c;
    }

    // ---- performance reports ----

    @Transactional(readOnly = true)
    public List<PerformanceReport> reports() {
        return reports.findAllWithHolding();
    }

    @Transactional(readOnly = true)
    public PerformanceReport report(long id) {
        PerformanceReport r = reports.findById(id).orElseThrow(() -> new NotFoundException("履职报告", id));
        r.getHolding().getPersonName();
        return r;
    }

    @Transactional
    public PerformanceReport submitReport(long holdingId, int year, String title, String summary) {
        requirePreparer("登记履职报告");
        PostHolding h = holdings.findById(holdingId).orElseThrow(() -> new NotFoundException("任职记录", holdingId));
        if (reports.existsByHoldingIdAndYear(holdingId, year)) {
            throw new DomainException(h.getPersonName() + " 的 " + year + " 年度履职报告已登记");
        }
        return reports.save(new PerformanceReport(h, year, title.trim(), summary.trim()));
    }

    /** Puts the report on a standing-committee session with a satisfaction vote (满意 more than half of those present). */
    @Transactional
    public void scheduleReport(long reportId, long meetingId) {
        requirePreparer("安排履职报告");
        PerformanceReport r = report(reportId);
        Meeting meeting = sessions.get(meetingId);
        if (meeting.getKind() != SessionKind.STANDING_COMMITTEE) {
            throw new DomainException("履职报告只能列入常委会会议议程");
        }
        PostHolding h = r.getHolding();
        AgendaItem agendaItem = sessions.addAgendaItem(meetingId, AgendaItemType.WORK_REPORT,
                "听取和审议" + h.getOrgan() + h.getPost() + h.getPersonName() + "的" + r.getYear() + "年度履职报告",
                h.getPersonName(), REPORT_TARGET, r.getId());
        Vote vote = votes.prepare(meetingId, agendaItem.getId(), new VoteService.NewVote(
                h.getPersonName() + "履职情况满意度测评", VoteKind.SATISFACTION, VoteMethod.ELECTRONIC,
                VoteRule.MAJORITY_OF_PRESENT, true, REPORT_TARGET, r.getId(), List.of()));
        r.schedule(meetingId, vote.getId());
    }
}
