package cn.congress.oversight.opinion;

import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.history.OversightHistory;
import cn.congress.oversight.history.OversightHistory.Subject;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Rectification and 销号 of problem items: the responsible organ reports measures, progress and evidence and submits
 * for verification; staff close, return with reasons, agree to long-term rectification, reopen, or edit an open item.
 * Edits carry the version the user saw, so that of two people editing one item the second is told, not overwritten.
 */
@Service
@RequiredArgsConstructor
public class ProblemService {

    /** Owner type of evidence attachments. */
    public static final String EVIDENCE_OWNER = "OversightProblem";

    private final ProblemItemRepository problems;
    private final ReviewOpinionRepository opinions;
    private final AttachmentService attachments;
    private final OversightHistory history;
    private final Clock clock;

    /** The organ reports what it did; {@code submit} sends the item for verification (整改完成，申请销号). */
    @Transactional
    public void report(long problemId, long expectedVersion, String measuresTaken, String progress, boolean submit) {
        report(problemId, expectedVersion, measuresTaken, progress, submit, null, null);
    }

    /** The same, with an evidence file stored in the same transaction (nothing is kept if the report is refused). */
    @Transactional
    public void report(long problemId, long expectedVersion, String measuresTaken, String progress, boolean submit,
                       String fileName, byte[] evidence) {
        Caller caller = Caller.current();
        ProblemItem item = visible(caller, problemId);
        requireOrgan(caller, item);
        item.checkVersion(expectedVersion);
        if (measuresTaken == null || measuresTaken.isBlank()) {
            throw new DomainException("请填写已采取的整改措施");
        }
        if (evidence != null) {
            if (!item.allows(ProblemStep.REPORT_PROGRESS)) {
                throw new DomainException("该问题当前状态下不能上传佐证材料");
            }
            Attachment a = attachments.store(EVIDENCE_OWNER, problemId, fileName, evidence);
            record(item, ProblemStep.REPORT_PROGRESS, "上传佐证材料：" + a.getFileName());
        }
        item.reportProgress(measuresTaken, progress, submit, clock.instant());
        record(item, submit ? ProblemStep.SUBMIT : ProblemStep.REPORT_PROGRESS, measuresTaken.trim());
    }

    @Transactional
    public void attachEvidence(long problemId, String fileName, byte[] content) {
        Caller caller = Caller.current();
        ProblemItem item = visible(caller, problemId);
        requireOrgan(caller, item);
        if (!item.allows(ProblemStep.REPORT_PROGRESS)) {
            throw new DomainException("该问题当前状态下不能上传佐证材料");
        }
        Attachment a = attachments.store(EVIDENCE_OWNER, problemId, fileName, content);
        record(item, ProblemStep.REPORT_PROGRESS, "上传佐证材料：" + a.getFileName());
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> evidence(long problemId) {
        visible(Caller.current(), problemId);
        return attachments.list(EVIDENCE_OWNER, problemId);
    }

    @Transactional(readOnly = true)
    public Attachment evidenceFile(long problemId, long attachmentId) {
        visible(Caller.current(), problemId);
        return attachments.get(EVIDENCE_OWNER, problemId, attachmentId);
    }

    /** Staff verify a submitted item: close (销号), return with reasons, or agree to long-term rectification. */
    @Transactional
    public void verify(long problemId, long expectedVersion, ProblemStep decision, String reason) {
        Caller caller = Caller.current();
        OpinionAccess.requireStaff(caller);
        ProblemItem item = visible(caller, problemId);
        item.checkVersion(expectedVersion);
        if (decision != ProblemStep.CLOSE && decision != ProblemStep.RETURN && decision != ProblemStep.MARK_LONG_TERM) {
            throw new DomainException("请选择核查结论");
        }
        if (decision != ProblemStep.CLOSE && (reason == null || reason.isBlank())) {
            throw new DomainException(decision == ProblemStep.RETURN ? "退回须说明理由" : "请说明长期整改的理由和报告周期");
        }
        item.verify(decision, reason == null || reason.isBlank() ? null : reason.trim(), LocalDate.now(clock));
        record(item, decision, reason == null || reason.isBlank() ? null : reason.trim());
    }

    /** A closed item relapsed (found in a 回头看, or after a 不满意 result): back to rectification. */
    @Transactional
    public void reopen(long problemId, long expectedVersion, String reason) {
        Caller caller = Caller.current();
        OpinionAccess.requireStaff(caller);
        ProblemItem item = visible(caller, problemId);
        item.checkVersion(expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("重新整改须说明理由");
        }
        item.reopen(reason.trim());
        record(item, ProblemStep.REOPEN, reason.trim());
    }

    @Transactional
    public void edit(long problemId, long expectedVersion, ProblemDetails d) {
        Caller caller = Caller.current();
        OpinionAccess.requireStaff(caller);
        ProblemItem item = visible(caller, problemId);
        item.checkVersion(expectedVersion);
        item.edit(d);
        record(item, ProblemStep.EDIT, null);
    }

    private void record(ProblemItem item, ProblemStep step, String remark) {
        long topicId = opinions.findById(item.getOpinionId()).orElseThrow().getTopicId();
        history.record(new Subject(topicId, item.getOpinionId(), item.getId()), step,
                "问题" + item.getSeq() + (remark == null ? "" : "：" + remark));
    }

    private ProblemItem visible(Caller caller, long problemId) {
        OpinionAccess.requireReader(caller);
        ProblemItem item = problems.findById(problemId).orElseThrow(() -> new NotFoundException("问题", problemId));
        OpinionAccess.requireSeeProblem(caller, item);
        return item;
    }

    private static void requireOrgan(Caller caller, ProblemItem item) {
        if (!OpinionAccess.isOrgan(caller, item.getOrganId())) {
            throw new DomainException("整改情况由责任单位报送");
        }
    }
}
