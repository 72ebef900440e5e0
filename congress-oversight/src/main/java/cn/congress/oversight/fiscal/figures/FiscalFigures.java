package cn.congress.oversight.fiscal.figures;

import cn.congress.domain.figures.Figure;
import cn.congress.domain.figures.FigureRecord;
import cn.congress.domain.figures.FigureSection;
import cn.congress.domain.figures.FigureSource;
import cn.congress.domain.figures.FigureUnit;
import cn.congress.domain.figures.Period;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fiscal oversight figures of the annual work report: warnings of online budget monitoring raised for the
 * year's data and sent to departments, and the findings of the year's audit work reports with those closed (销号)
 * and the amount recovered. Finding figures list their records in the report's own drill-down.
 */
@Component
@RequiredArgsConstructor
class FiscalFigures implements FigureSource {

    static final String FINDINGS = "fiscal.audit-findings";
    static final String FINDINGS_CLOSED = "fiscal.audit-findings-closed";

    private final JdbcTemplate jdbc;

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        int year = period.from().getYear();
        // warnings and findings in one statement (the report asks every source for two years)
        long[] w = new long[2];
        Object[] f = jdbc.queryForObject("""
                select w.n, w.sent, a.n, a.closed, a.recovered
                from (select count(*) as n, count(*) filter (where sent_at is not null) as sent from fiscal_warning where year = ?) w,
                     (select count(*) as n, count(*) filter (where p.status = 'CLOSED') as closed, coalesce(sum(f.amount_recovered), 0) as recovered
                      from fiscal_audit_finding f join fiscal_audit_report r on r.id = f.report_id join oversight_problem p on p.id = f.problem_id
                      where r.year = ?) a""", (rs, n) -> {
                    w[0] = rs.getLong(1);
                    w[1] = rs.getLong(2);
                    return new Object[]{rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5)};
                }, year, year);
        return List.of(
                Figure.count("fiscal.warnings", FigureSection.OVERSIGHT, 200, w[0], "/fiscal/warnings?year=" + year),
                Figure.count("fiscal.warnings-sent", FigureSection.OVERSIGHT, 210, w[1], null),
                Figure.count(FINDINGS, FigureSection.OVERSIGHT, 220, (Long) f[0], Figure.recordsLink(FINDINGS, period)),
                Figure.count(FINDINGS_CLOSED, FigureSection.OVERSIGHT, 230, (Long) f[1], Figure.recordsLink(FINDINGS_CLOSED, period)),
                new Figure("fiscal.audit-recovered", FigureSection.OVERSIGHT, 240, (BigDecimal) f[2], FigureUnit.YUAN, null));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FigureRecord> records(String key, Period period) {
        if (!FINDINGS.equals(key) && !FINDINGS_CLOSED.equals(key)) {
            return List.of();
        }
        return jdbc.query("""
                select p.description, coalesce(p.closed_on, o.issued_on), f.id from fiscal_audit_finding f
                join fiscal_audit_report r on r.id = f.report_id join oversight_problem p on p.id = f.problem_id
                join oversight_opinion o on o.id = r.opinion_id
                where r.year = ? and (? = false or p.status = 'CLOSED') order by p.seq""",
                (rs, n) -> new FigureRecord(rs.getString(1), rs.getDate(2).toLocalDate(), "/fiscal/audit/findings/" + rs.getLong(3)),
                period.from().getYear(), FINDINGS_CLOSED.equals(key));
    }
}
