package cn.congress.legislation.bill;

import cn.congress.domain.account.Caller;
import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TimelineEntry;
import cn.congress.legislation.support.TimelineDays;
import cn.congress.legislation.compare.Comparison;
import cn.congress.legislation.compare.TextComparator;
import cn.congress.legislation.plan.PlanProject;
import cn.congress.legislation.plan.PlanService;
import cn.congress.legislation.regulation.Adoption;
import cn.congress.legislation.regulation.Regulation;
import cn.congress.legislation.regulation.RegulationService;
import cn.congress.legislation.regulation.VersionKind;
import cn.congress.legislation.support.LegislationAccess;
import cn.congress.legislation.text.LegalText;
import cn.congress.legislation.text.LegalTextParser;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 法规案: creation, texts per stage, documents, the workflow steps and the comparison table. */
@Slf4j
@Service
@RequiredArgsConstructor
@Transactional
public class BillService {

    private static final String OWNER = "Bill";

    private final BillRepository bills;
    private final BillVersionRepository versions;
    private final BillDocumentRepository documents;
    private final BillEventRepository events;
    private final PlanService plans;
    private final RegulationService regulations;
    private final AttachmentService attachments;
    private final Rules rules;
    private final BillSessions sessions;
    private final Clock clock;

    public record BillDetails(String title, BillKind kind, Long projectId, Long regulationId, String sponsor, String draftingUnit,
                              String committeeLeader, String governmentLeader, EnactingBody enactingBody) {

        /** A bill of the standing committee's track. */
        public BillDetails(String title, BillKind kind, Long projectId, Long regulationId, String sponsor, String draftingUnit,
                           String committeeLeader, String governmentLeader) {
            this(title, kind, projectId, regulationId, sponsor, draftingUnit, committeeLeader, governmentLeader, EnactingBody.STANDING_COMMITTEE);
        }
    }

    /** The report-for-approval window: due date and whether to warn. */
    public record ApprovalWindow(LocalDate sentOn, LocalDate dueOn, long daysLeft, boolean warn, boolean overdue) {
    }

    /**
     * @param filingDueOn after promulgation, the last day to send the filing package to the provincial standing committee
     *                    (rule {@code legislation.filing-to-province-days})
     */
    public record BillView(BillDetail bill, List<BillTexts.Version> versions, List<BillTexts.Document> documents,
                           List<AttachmentInfo> files, List<TimelineEntry> timeline, ApprovalWindow approval, String regulationTitle,
                           LocalDate filingDueOn, LocalDate shelvingEndsOn, Set<BillAction> actions) {

        public boolean can(String action) {
            return actions.contains(BillAction.valueOf(action));
        }
    }

    public record ComparisonView(BillDetail bill, BillTexts.Version from, BillTexts.Version to, Comparison comparison) {
    }

    /** A bill awaiting the provincial approval whose window closes soon or has passed (the dashboard's warning). */
    public record ApprovalAlert(long billId, String title, ApprovalWindow window) {
    }

    @Transactional(readOnly = true)
    public Page<BillDetail> page(BillStatus status, BillKind kind, String q, Pageable pageable) {
        return page(status, kind, null, q, pageable);
    }

    @Transactional(readOnly = true)
    public Page<BillDetail> page(BillStatus status, BillKind kind, EnactingBody enactingBody, String q, Pageable pageable) {
        LegislationAccess.requireReader(Caller.current());
        return bills.page(status, kind, enactingBody, q == null || q.isBlank() ? null : q.strip(), pageable).map(BillDetail::of);
    }

    /** Opens a form that changes bills: refused unless the caller is staff. */
    public void requireEditor() {
        LegislationAccess.requireStaff(Caller.current());
    }

    @Transactional(readOnly = true)
    public BillDetail detail(long id) {
        return BillDetail.of(get(id));
    }

    @Transactional(readOnly = true)
    public Map<BillStatus, Long> countByStatus() {
        Map<BillStatus, Long> counts = new EnumMap<>(BillStatus.class);
        bills.countByStatus().forEach(r -> counts.put((BillStatus) r[0], (Long) r[1]));
        return counts;
    }

    @Transactional(readOnly = true)
    public Bill get(long id) {
        LegislationAccess.requireReader(Caller.current());
        return bills.findById(id).orElseThrow(() -> new NotFoundException("法规案", id));
    }

    @Transactional(readOnly = true)
    public BillView view(long id, LocalDate today) {
        Bill bill = get(id);
        String regulationTitle = bill.getRegulationId() == null ? null : regulations.get(bill.getRegulationId()).getTitle();
        List<BillEvent> timeline = events.findByBillIdOrderById(id);
        LocalDate shelvingEndsOn = null;
        if (bill.getStatus() == BillStatus.SHELVED) {
            LocalDate shelvedOn = timeline.stream().filter(e -> e.getStep() == BillStep.SHELVED).map(BillEvent::getOccurredOn)
                    .reduce((a, b) -> b).orElse(today);
            shelvingEndsOn = shelvedOn.plusYears(rules.integerOn("legislation.shelving-years", shelvedOn));
        }
        Set<BillAction> actions = LegislationAccess.isStaff(Caller.current()) ? bill.actions() : EnumSet.noneOf(BillAction.class);
        return new BillView(BillDetail.of(bill), versions.findByBillIdOrderByStage(id).stream().map(BillTexts.Version::of).toList(),
                documents.findByBillIdOrderById(id).stream().map(BillTexts.Document::of).toList(),
                attachments.list(OWNER, id), timeline.stream().map(BillService::entry).toList(), approvalWindow(bill, today), regulationTitle,
                bill.getPromulgatedOn() == null ? null
                        : bill.getPromulgatedOn().plusDays(rules.integerOn("legislation.filing-to-province-days", bill.getPromulgatedOn())),
                shelvingEndsOn, actions);
    }

    /** A bill event as a timeline entry: dated by the day it happened, linked to its session when the session is known. */
    private static TimelineEntry entry(BillEvent e) {
        String remark = e.getRemark();
        if (e.getSessionId() == null && e.getSessionTitle() != null) {
            remark = remark == null ? e.getSessionTitle() : e.getSessionTitle() + "：" + remark;
        }
        return new TimelineEntry(TimelineDays.startOf(e.getOccurredOn()), e.getStep().getMessageKey(), e.getActorName(), remark,
                e.getSessionId() == null ? null : "/sessions/" + e.getSessionId(),
                e.getSessionId() == null ? null : e.getSessionTitle() != null ? e.getSessionTitle() : "会议记录");
    }

    @Transactional(readOnly = true)
    public List<ApprovalAlert> approvalAlerts(LocalDate today) {
        LegislationAccess.requireReader(Caller.current());
        return approvalWarnings(today).stream().map(e -> new ApprovalAlert(e.getKey().getId(), e.getKey().getTitle(), e.getValue())).toList();
    }

    /** Bills waiting for the provincial approval whose window closes soon or has passed. */
    @Transactional(readOnly = true)
    public List<Map.Entry<Bill, ApprovalWindow>> approvalWarnings(LocalDate today) {
        return bills.findByStatus(BillStatus.AWAITING_APPROVAL).stream()
                .map(b -> Map.entry(b, approvalWindow(b, today)))
                .filter(e -> e.getValue().warn())
                .toList();
    }

    public Bill create(BillDetails d) {
        return create(d, LocalDate.now(clock));
    }

    /** Creates the bill as of {@code on} (the day drafting began). */
    public Bill create(BillDetails d, LocalDate on) {
        LegislationAccess.requireStaff(Caller.current());
        PlanProject project = d.projectId() == null ? null : plans.project(d.projectId());
        if (d.kind() != BillKind.NEW && d.regulationId() == null) {
            throw new DomainException("修正、修订或废止法规的法规案须选择所涉法规");
        }
        if (d.regulationId() != null) {
            regulations.get(d.regulationId());
        }
        Bill bill = bills.save(new Bill(d.title(), d.kind(), d.enactingBody(), project, d.kind() == BillKind.NEW ? null : d.regulationId(),
                d.sponsor(), d.draftingUnit(), d.committeeLeader(), d.governmentLeader()));
        events.save(bill.created(on, Caller.current().name()));
        return bill;
    }

    public Bill update(long id, long expectedVersion, BillDetails d) {
        LegislationAccess.requireStaff(Caller.current());
        Bill bill = get(id);
        bill.checkVersion(expectedVersion);
        bill.updateDetails(d.title(), d.sponsor(), d.draftingUnit(), d.committeeLeader(), d.governmentLeader());
        bill.changeEnactingBody(d.enactingBody());
        return bill;
    }

    /**
     * Saves the text of a stage. A new stage fixes all earlier stages' texts; a fixed text cannot change, and no text
     * can be added for a stage earlier than one already saved.
     */
    public BillVersion saveVersion(long billId, VersionStage stage, String body, String note) {
        return saveVersion(billId, stage, body, note, LocalDate.now(clock));
    }

    /** Saves the text of a stage as of {@code on}, the date shown in the timeline. */
    public BillVersion saveVersion(long billId, VersionStage stage, String body, String note, LocalDate on) {
        LegislationAccess.requireStaff(Caller.current());
        Bill bill = get(billId);
        if (bill.getStatus().isClosed()) {
            throw new DomainException("法规案已办结，不能再保存文本");
        }
        LegalText text = LegalTextParser.parse(body);
        if (text.articles().isEmpty()) {
            throw new DomainException("未能从文本中识别出条文，请按“第一条 ……”的格式逐条书写");
        }
        List<BillVersion> existing = versions.findByBillIdOrderByStage(billId);
        BillVersion same = existing.stream().filter(v -> v.getStage() == stage).findFirst().orElse(null);
        if (same != null) {
            same.revise(body, note);
            return same;
        }
        for (BillVersion v : existing) {
            if (v.getStage().compareTo(stage) > 0) {
                throw new DomainException("已有更后阶段的文本，不能再新增较早阶段的文本");
            }
        }
        existing.forEach(BillVersion::freeze);
        BillVersion version = versions.save(new BillVersion(bill, stage, body, note));
        events.save(new BillEvent(billId, BillStep.VERSION_SAVED, bill.getStatus(), bill.getStatus(), on, null,
                stageLabel(stage) + "（" + text.articleCount() + "条）", Caller.current().name()));
        return version;
    }

    /** One stage's text of the bill, for its page and its edit form. */
    @Transactional(readOnly = true)
    public BillTexts.Version text(long billId, long versionId) {
        return BillTexts.Version.of(version(billId, versionId));
    }

    @Transactional(readOnly = true)
    BillVersion version(long billId, long versionId) {
        get(billId);
        BillVersion v = versions.findById(versionId).orElseThrow(() -> new NotFoundException("文本", versionId));
        if (v.getBill().getId() != billId) {
            throw new NotFoundException("文本", versionId);
        }
        return v;
    }

    /** The comparison table between two versions of the bill (by version id). */
    @Transactional(readOnly = true)
    public ComparisonView compare(long billId, long fromId, long toId) {
        Bill bill = get(billId);
        BillVersion from = version(billId, fromId);
        BillVersion to = version(billId, toId);
        return new ComparisonView(BillDetail.of(bill), BillTexts.Version.of(from), BillTexts.Version.of(to),
                TextComparator.compare(LegalTextParser.parse(from.getBody()), LegalTextParser.parse(to.getBody())));
    }

    public BillDocument addDocument(long billId, DocumentType type, String title, String body, String fileName, byte[] content) {
        return addDocument(billId, type, title, body, fileName, content, LocalDate.now(clock));
    }

    /** Adds a document as of {@code on}, the date shown in the timeline. */
    public BillDocument addDocument(long billId, DocumentType type, String title, String body, String fileName, byte[] content,
                                    LocalDate on) {
        LegislationAccess.requireStaff(Caller.current());
        Bill bill = get(billId);
        boolean hasFile = content != null && content.length > 0;
        if ((body == null || body.isBlank()) && !hasFile) {
            throw new DomainException("请填写文件内容或上传文件");
        }
        Long attachmentId = null;
        if (hasFile) {
            Attachment a = attachments.store(OWNER, billId, fileName, content);
            attachmentId = a.getId();
        }
        BillDocument doc = documents.save(new BillDocument(billId, type, title, body == null || body.isBlank() ? null : body, attachmentId));
        events.save(new BillEvent(billId, BillStep.DOCUMENT_ADDED, bill.getStatus(), bill.getStatus(), on, null,
                title, Caller.current().name()));
        return doc;
    }

    @Transactional(readOnly = true)
    public BillTexts.Document document(long billId, long documentId) {
        get(billId);
        BillDocument d = documents.findById(documentId).orElseThrow(() -> new NotFoundException("文件", documentId));
        if (d.getBillId() != billId) {
            throw new NotFoundException("文件", documentId);
        }
        return BillTexts.Document.of(d);
    }

    @Transactional(readOnly = true)
    public Attachment file(long billId, long attachmentId) {
        get(billId);
        return attachments.get(OWNER, billId, attachmentId);
    }

    // ---- workflow ----

    public Bill submit(long id, LocalDate on, String remark) {
        return step(id, b -> b.submit(on, remark, actor()));
    }

    public Bill scheduleReading(long id, LocalDate on, SessionRef session) {
        return step(id, b -> b.scheduleReading(on, session, actor()));
    }

    /** 安排审议 at a standing-committee session of the sessions module: the reading becomes an item of its agenda. */
    public Bill scheduleReadingAt(long id, long sessionId, LocalDate on) {
        return step(id, b -> {
            int readingNo = b.getReadingsHeld() + 1;
            BillEvent event = b.scheduleReading(on, sessions.reference(sessionId), actor());
            SessionRef placed = sessions.putOnAgenda(sessionId, b, readingNo);
            return event.withAgendaItem(placed.agendaItemId());
        });
    }

    /** The session a step names: the sessions module's session when an id is given, else the title typed. */
    public SessionRef sessionRef(Long sessionId, String typedTitle) {
        return sessionId != null ? sessions.reference(sessionId) : SessionRef.named(typedTitle);
    }

    public Bill recordReading(long id, LocalDate on, SessionRef session, String remark) {
        return step(id, b -> b.recordReading(on, session, remark, actor()));
    }

    public Bill startUnifiedReview(long id, LocalDate on, String remark) {
        return step(id, b -> b.startUnifiedReview(on, remark, actor()));
    }

    public Bill decideThreeReadings(long id, boolean three, LocalDate on, String remark) {
        return step(id, b -> b.decideThreeReadings(three, on, remark, actor()));
    }

    public Bill submitToVote(long id, LocalDate on, SessionRef session, String remark) {
        return step(id, b -> {
            requireVotingSession(b, session);
            return b.submitToVote(on, session, remark, actor());
        });
    }

    /** A vote result recorded by hand (e.g. a vote held before the sessions module was used). */
    public Bill recordVote(long id, boolean adopted, LocalDate on, SessionRef session, String remark) {
        return step(id, b -> {
            requireVotingSession(b, session);
            return b.recordVote(null, adopted, on, session, remark, actor());
        });
    }

    /** A session of the sessions module named for the vote must be of the kind that enacts the bill. */
    private void requireVotingSession(Bill bill, SessionRef session) {
        if (session == null || session.sessionId() == null) {
            return;
        }
        SessionKind kind = sessions.kindOf(session.sessionId()).orElse(null);
        if (kind != null && kind != bill.getEnactingBody().votingSessionKind()) {
            throw new DomainException(bill.isCongressTrack() ? "该法规案由人民代表大会制定，须在人民代表大会会议上表决"
                    : "该法规案由常委会制定，须在常委会会议上表决");
        }
    }

    /**
     * Applies a vote concluded in the sessions module; returns false when this vote was already applied. Runs inside
     * the transaction that closed the vote.
     */
    public boolean applyVote(long billId, long voteId, boolean adopted, LocalDate on, SessionRef session, String remark) {
        Bill bill = bills.findById(billId).orElse(null);
        if (bill == null || (bill.getStatus() != BillStatus.READY_FOR_VOTE && !Long.valueOf(voteId).equals(bill.getVoteId()))) {
            log.warn("Vote {} concerns bill {} which is not awaiting a vote; left unchanged", voteId, billId);
            return false;
        }
        SessionKind kind = session == null || session.sessionId() == null ? null : sessions.kindOf(session.sessionId()).orElse(null);
        SessionKind required = bill.getEnactingBody().votingSessionKind();
        if (kind != required && (kind != null || bill.isCongressTrack())) {
            log.warn("Vote {} at session {} ({}) concerns bill {} which is voted on at a {} session; left unchanged", voteId,
                    session == null ? null : session.sessionId(), kind, billId, required);
            return false;
        }
        BillEvent event = bill.recordVote(voteId, adopted, on, session, remark, actor());
        if (event == null) {
            return false;
        }
        events.save(event);
        freezeFor(bill);
        return true;
    }

    public Bill sendForApproval(long id, LocalDate on, String remark) {
        return step(id, b -> b.sendForApproval(on, remark, actor()));
    }

    public Bill approve(long id, LocalDate on, String remark) {
        return step(id, b -> b.approve(on, remark, actor()));
    }

    public Bill refuseApproval(long id, LocalDate on, String reason) {
        return step(id, b -> b.refuseApproval(on, reason, actor()));
    }

    /**
     * 公布: records the announcement and puts the text (公布文本, else 表决稿) into the regulation library — a new
     * regulation, a new version of the amended one, or the repeal of the one named.
     */
    public Bill promulgate(long id, String announcementNo, LocalDate on, LocalDate effectiveOn) {
        Bill bill = step(id, b -> b.promulgate(announcementNo, on, effectiveOn, actor()));
        List<BillVersion> texts = versions.findByBillIdOrderByStage(id);
        Adoption adoption = new Adoption(bill.getPassedOn() == null ? on : bill.getPassedOn(), bill.getApprovedOn(), on, effectiveOn,
                announcementNo, "由法规案“" + bill.getTitle() + "”");
        if (bill.getKind() == BillKind.REPEAL) {
            regulations.repeal(bill.getRegulationId(), "经" + bill.getTitle() + "决定废止（公告" + announcementNo + "）", adoption);
            return bill;
        }
        BillVersion text = texts.stream().filter(v -> v.getStage() == VersionStage.PROMULGATED).findFirst()
                .or(() -> texts.stream().filter(v -> v.getStage() == VersionStage.VOTING).findFirst())
                .orElseThrow(() -> new DomainException("请先保存表决稿或公布文本，再登记公布"));
        if (bill.getKind() == BillKind.NEW) {
            Regulation r = regulations.enact(regulationTitle(bill.getTitle()), text.getBody(), adoption);
            bill.linkRegulation(r.getId());
        } else {
            regulations.amend(bill.getRegulationId(), bill.getKind() == BillKind.REVISION ? VersionKind.REVISED : VersionKind.AMENDED,
                    text.getBody(), adoption);
        }
        return bill;
    }

    public Bill takeEffect(long id, LocalDate today) {
        return step(id, b -> b.takeEffect(today, actor()));
    }

    public Bill shelve(long id, LocalDate on, String reason) {
        return step(id, b -> b.shelve(on, reason, actor()));
    }

    public Bill resume(long id, LocalDate on, String remark) {
        return step(id, b -> b.resume(on, remark, actor()));
    }

    public Bill withdraw(long id, LocalDate on, String reason) {
        return step(id, b -> b.withdraw(on, reason, actor()));
    }

    public Bill terminate(long id, LocalDate on, String reason) {
        return step(id, b -> b.terminate(on, reason, actor()));
    }

    public ApprovalWindow approvalWindow(Bill bill, LocalDate today) {
        if (bill.getApprovalSentOn() == null) {
            return null;
        }
        LocalDate due = bill.getApprovalSentOn().plusMonths(rules.integerOn("legislation.approval-months", bill.getApprovalSentOn()));
        long left = ChronoUnit.DAYS.between(today, due);
        boolean waiting = bill.getStatus() == BillStatus.AWAITING_APPROVAL;
        return new ApprovalWindow(bill.getApprovalSentOn(), due, left,
                waiting && left <= rules.integer("legislation.approval-warning-days"), waiting && left < 0);
    }

    private Bill step(long id, java.util.function.Function<Bill, BillEvent> action) {
        LegislationAccess.requireStaff(Caller.current());
        Bill bill = bills.findById(id).orElseThrow(() -> new NotFoundException("法规案", id));
        BillEvent event = action.apply(bill);
        events.save(event);
        freezeFor(bill);
        return bill;
    }

    /** Fixes the texts of the stages the bill has gone past. */
    private void freezeFor(Bill bill) {
        VersionStage through = bill.frozenThrough();
        if (through == null) {
            return;
        }
        for (BillVersion v : versions.findByBillIdOrderByStage(bill.getId())) {
            if (v.getStage().compareTo(through) <= 0 && !v.isFrozen()) {
                v.freeze();
            }
        }
    }

    private static String regulationTitle(String billTitle) {
        String t = billTitle.replace("（草案）", "").replace("(草案)", "").strip();
        return t;
    }

    private static String actor() {
        return Caller.current().name();
    }

    static String stageLabel(VersionStage stage) {
        return switch (stage) {
            case CONSULTATION -> "征求意见稿";
            case FIRST_READING -> "一审稿";
            case SECOND_READING -> "二审稿";
            case THIRD_READING -> "三审稿";
            case VOTING -> "表决稿";
            case PROMULGATED -> "公布文本";
        };
    }
}
