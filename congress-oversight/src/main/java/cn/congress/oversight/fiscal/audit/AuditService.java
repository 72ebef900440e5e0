package cn.congress.oversight.fiscal.audit;

import cn.congress.domain.account.Caller;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.fiscal.audit.AuditViews.FindingDetails;
import cn.congress.oversight.opinion.OpinionService;
import cn.congress.oversight.opinion.ProblemDetails;
import cn.congress.oversight.opinion.ProblemSource;
import cn.congress.oversight.opinion.ReportKind;
import cn.congress.oversight.plan.OversightPlanService;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 审计查出问题整改: the audit work report, heard at a session, gets a review opinion of kind AUDIT; each finding is a
 * problem item of that opinion's checklist with the rules' deadline (six months by default), so that rectification,
 * staff verification, 销号, the rectification report and its satisfaction vote are the oversight loop's own. This
 * service adds what audit has beyond the loop: the audited unit, the kind and the amounts.
 */
@Service
@RequiredArgsConstructor
public class AuditService {

    private final AuditReportRepository reports;
    private final AuditFindingRepository findings;
    private final OpinionService opinions;
    private final OversightPlanService plans;
    private final Rules rules;
    private final JdbcTemplate jdbc;

    /** Records the audit work report of a heard topic and issues its opinion, addressed to the topic's organ. */
    @Transactional
    public long createReport(long topicId, String title, String content, LocalDate issuedOn) {
        AuditAccess.requireStaff(Caller.current());
        if (title == null || title.isBlank() || content == null || content.isBlank() || issuedOn == null) {
            throw new DomainException("请填写报告名称、审议意见和交办日期");
        }
        int year = plans.topicRef(topicId).year();
        long opinionId = opinions.issue(topicId, new OpinionService.Issue(title.trim(), content.trim(), ReportKind.AUDIT, issuedOn));
        return reports.save(new AuditReport(year, title.trim(), topicId, opinionId)).getId();
    }

    /** A finding of the report: a problem item of the report's checklist due after the rules' months, with its amounts. */
    @Transactional
    public long addFinding(long reportId, FindingDetails d) {
        AuditAccess.requireStaff(Caller.current());
        AuditReport r = reports.findById(reportId).orElseThrow(() -> new NotFoundException("审计工作报告", reportId));
        if (d.amountInvolved() == null || d.amountInvolved().signum() < 0) {
            throw new DomainException("问题金额不能为负数");
        }
        if (d.description() == null || d.description().isBlank() || d.measuresRequired() == null || d.measuresRequired().isBlank()) {
            throw new DomainException("请填写问题描述和整改要求");
        }
        LocalDate issuedOn = jdbc.queryForObject("select issued_on from oversight_opinion where id = ?", LocalDate.class, r.getOpinionId());
        LocalDate deadline = issuedOn.plusMonths(rules.integerOn(ReportKind.AUDIT.monthsRule(), issuedOn));
        long problemId = opinions.addItem(r.getOpinionId(), new ProblemDetails(d.description(), d.unitId(), d.measuresRequired(), deadline),
                ProblemSource.AUDIT, r.getTitle());
        return findings.save(new AuditFinding(reportId, problemId, d.unitId(), d.kind(), d.amountInvolved().setScale(2))).getId();
    }

    /** The audited unit records the amount recovered or put right so far, while its item is open. */
    @Transactional
    public void recordRecovered(long findingId, long expectedVersion, BigDecimal amount) {
        Caller caller = Caller.current();
        AuditFinding f = findings.findById(findingId).orElseThrow(() -> new NotFoundException("审计查出的问题", findingId));
        AuditAccess.requireSeeFinding(caller, findingId, f.getUnitId());
        if (!AuditAccess.isUnit(caller, f.getUnitId())) {
            throw new DomainException("整改金额由被审计单位填报");
        }
        f.checkVersion(expectedVersion);
        if (!AuditQueries.open(jdbc, f.getProblemId())) {
            throw new DomainException("该问题已销号，不能再修改整改金额");
        }
        f.recordRecovered(amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
