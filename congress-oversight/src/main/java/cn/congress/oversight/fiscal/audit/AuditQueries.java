package cn.congress.oversight.fiscal.audit;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.fiscal.audit.AuditViews.FindingRow;
import cn.congress.oversight.fiscal.audit.AuditViews.FindingView;
import cn.congress.oversight.fiscal.audit.AuditViews.ReportRow;
import cn.congress.oversight.fiscal.audit.AuditViews.ReportView;
import cn.congress.oversight.fiscal.audit.AuditViews.TopicOption;
import cn.congress.oversight.opinion.OpinionStatus;
import cn.congress.oversight.opinion.ProblemStatus;
import cn.congress.oversight.plan.PlanAccess;
import cn.congress.oversight.plan.TopicStatus;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The read side of audit findings, joined to their problem items for status and deadline: the report list, the
 * report page (an audited unit sees only its own findings), the finding page. Each runs at most three statements.
 */
@Service
@RequiredArgsConstructor
public class AuditQueries {

    private static final String OPEN = Arrays.stream(ProblemStatus.values()).filter(ProblemStatus::open)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    static boolean open(JdbcTemplate jdbc, long problemId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select status in " + OPEN + " from oversight_problem where id = ?", Boolean.class, problemId));
    }

    @Transactional(readOnly = true)
    public List<ReportRow> reports() {
        Caller caller = Caller.current();
        AuditAccess.requireReader(caller);
        Long scope = AuditAccess.unitScope(caller);
        return jdbc.query("""
                select r.id, r.year, r.title, o.id, o.document_no, o.status, count(f.id), count(f.id) filter (where p.status = 'CLOSED'),
                       coalesce(sum(f.amount_involved), 0), coalesce(sum(f.amount_recovered), 0)
                from fiscal_audit_report r join oversight_opinion o on o.id = r.opinion_id
                left join fiscal_audit_finding f on f.report_id = r.id and (cast(? as bigint) is null or f.unit_id = ?)
                left join oversight_problem p on p.id = f.problem_id
                group by r.id, r.year, r.title, o.id, o.document_no, o.status, o.organ_id
                having cast(? as bigint) is null or count(f.id) > 0 or o.organ_id = ?
                order by r.year desc, r.id desc""",
                (rs, n) -> new ReportRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        OpinionStatus.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getBigDecimal(9), rs.getBigDecimal(10)),
                scope, scope, scope, scope);
    }

    @Transactional(readOnly = true)
    public ReportView report(long reportId) {
        Caller caller = Caller.current();
        AuditAccess.requireReader(caller);
        Long scope = AuditAccess.unitScope(caller);
        LocalDate today = LocalDate.now(clock);
        List<FindingRow> rows = jdbc.query("""
                select f.id, p.id, p.seq, p.description, u.name, f.kind, f.amount_involved, f.amount_recovered, p.deadline, p.status,
                       p.status in ('ASSIGNED', 'RECTIFYING', 'REPORTED') and p.deadline < ?
                from fiscal_audit_finding f join oversight_problem p on p.id = f.problem_id join org_unit u on u.id = f.unit_id
                where f.report_id = ? and (cast(? as bigint) is null or f.unit_id = ?) order by p.seq""",
                (rs, n) -> new FindingRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        FindingKind.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getDate(9).toLocalDate(),
                        ProblemStatus.valueOf(rs.getString(10)), rs.getBoolean(11)),
                Date.valueOf(today), reportId, scope, scope);
        List<ReportView> found = jdbc.query("""
                select r.id, r.year, r.title, r.topic_id, o.id, o.document_no, o.status, o.issued_on, o.organ_id, t.organ_id
                from fiscal_audit_report r join oversight_opinion o on o.id = r.opinion_id join oversight_topic t on t.id = r.topic_id
                where r.id = ?""", (rs, n) -> {
            long organ = rs.getLong(9);
            if (scope != null && rows.isEmpty() && organ != scope) {
                throw new NotFoundException("审计工作报告", reportId);
            }
            BigDecimal involved = rows.stream().map(FindingRow::involved).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal recovered = rows.stream().map(FindingRow::recovered).reduce(BigDecimal.ZERO, BigDecimal::add);
            int closed = (int) rows.stream().filter(r -> r.status() == ProblemStatus.CLOSED).count();
            return new ReportView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
                    OpinionStatus.valueOf(rs.getString(7)), rs.getDate(8).toLocalDate(), rows.size(), closed, involved, recovered, rows,
                    caller.isSystem() || caller.has(cn.congress.domain.account.Role.STAFF), PlanAccess.canSeeTopic(caller, rs.getLong(10)));
        }, reportId);
        if (found.isEmpty()) {
            throw new NotFoundException("审计工作报告", reportId);
        }
        return found.get(0);
    }

    @Transactional(readOnly = true)
    public FindingView finding(long findingId) {
        Caller caller = Caller.current();
        AuditAccess.requireReader(caller);
        List<FindingView> found = jdbc.query("""
                select f.id, f.version, r.id, r.title, p.id, p.seq, p.description, f.unit_id, u.name, f.kind, f.amount_involved,
                       f.amount_recovered, p.deadline, p.status, p.measures_taken
                from fiscal_audit_finding f join fiscal_audit_report r on r.id = f.report_id join oversight_problem p on p.id = f.problem_id
                join org_unit u on u.id = f.unit_id where f.id = ?""", (rs, n) -> {
            long unit = rs.getLong(8);
            AuditAccess.requireSeeFinding(caller, findingId, unit);
            ProblemStatus status = ProblemStatus.valueOf(rs.getString(14));
            return new FindingView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getInt(6), rs.getString(7),
                    unit, rs.getString(9), FindingKind.valueOf(rs.getString(10)), rs.getBigDecimal(11), rs.getBigDecimal(12),
                    rs.getDate(13).toLocalDate(), status, rs.getString(15), status.open() && AuditAccess.isUnit(caller, unit));
        }, findingId);
        if (found.isEmpty()) {
            throw new NotFoundException("审计查出的问题", findingId);
        }
        return found.get(0);
    }

    /** Whether the caller records reports and findings (the list's action). */
    public boolean canRecord() {
        Caller caller = Caller.current();
        return caller.isSystem() || caller.has(cn.congress.domain.account.Role.STAFF);
    }

    /** Heard topics without an opinion yet: where staff record an audit work report. */
    @Transactional(readOnly = true)
    public List<TopicOption> heardTopics() {
        AuditAccess.requireStaff(Caller.current());
        return jdbc.query("""
                select t.id, p.year || '年 ' || t.title from oversight_topic t join oversight_plan p on p.id = t.plan_id
                where t.status = ? and not exists (select 1 from oversight_opinion o where o.topic_id = t.id) order by p.year desc, t.id""",
                (rs, n) -> new TopicOption(rs.getLong(1), rs.getString(2)), TopicStatus.HEARD.name());
    }

    /** The audited units' choices: handling units of the organisation. */
    @Transactional(readOnly = true)
    public List<TopicOption> units() {
        AuditAccess.requireStaff(Caller.current());
        return new ArrayList<>(jdbc.query("""
                select id, name from org_unit where active and type in ('GOVERNMENT', 'GOVERNMENT_DEPARTMENT', 'SUPERVISORY_COMMISSION',
                    'COURT', 'PROCURATORATE', 'DISTRICT_CONGRESS', 'OTHER') order by type, sort_order, id""",
                (rs, n) -> new TopicOption(rs.getLong(1), rs.getString(2))));
    }
}
