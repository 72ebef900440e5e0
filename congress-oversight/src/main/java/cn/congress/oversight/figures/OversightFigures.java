package cn.congress.oversight.figures;

import cn.congress.domain.figures.Figure;
import cn.congress.domain.figures.FigureSection;
import cn.congress.domain.figures.FigureSource;
import cn.congress.domain.figures.Period;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The oversight figures of the annual work report. A figure counts the topics of the plan of the period's year (the
 * plan is what the report accounts for), each linking to the list filtered the same way.
 */
@Component
@RequiredArgsConstructor
class OversightFigures implements FigureSource {

    private static final String HEARD = "('HEARD', 'OPINION_ISSUED', 'COMPLETED')";

    private final JdbcTemplate jdbc;

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        int year = period.from().getYear();
        List<Figure> figures = new ArrayList<>();
        String[][] kinds = {
                {"oversight.reports-heard", "SPECIAL_REPORT"},
                {"oversight.inspections", "LAW_INSPECTION"},
                {"oversight.inquiries", "SPECIAL_INQUIRY"},
                {"oversight.follow-ups", "FOLLOW_UP"}};
        // every count in one statement (the report asks each source for two years: 2 round trips, not 12)
        long[] n = jdbc.queryForObject("""
                select h.reports, h.inspections, h.inquiries, h.follow_ups, v.votes, pr.total, pr.closed
                from (select count(*) filter (where t.kind = 'SPECIAL_REPORT') as reports,
                             count(*) filter (where t.kind = 'LAW_INSPECTION') as inspections,
                             count(*) filter (where t.kind = 'SPECIAL_INQUIRY') as inquiries,
                             count(*) filter (where t.kind = 'FOLLOW_UP') as follow_ups
                      from oversight_topic t join oversight_plan p on p.id = t.plan_id
                      where p.year = ? and t.status in""" + " " + HEARD + """
                     ) h,
                     (select count(*) as votes from oversight_handling_report r join oversight_opinion op on op.id = r.opinion_id
                      join oversight_topic t on t.id = op.topic_id join oversight_plan p on p.id = t.plan_id
                      where p.year = ? and r.passed is not null) v,
                     (select count(*) as total, count(*) filter (where pr.status = 'CLOSED') as closed
                      from oversight_problem pr join oversight_opinion op on op.id = pr.opinion_id
                      join oversight_topic t on t.id = op.topic_id join oversight_plan p on p.id = t.plan_id where p.year = ?) pr
                """, (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7)}, year, year, year);
        int order = 10;
        for (int k = 0; k < kinds.length; k++) {
            figures.add(Figure.count(kinds[k][0], FigureSection.OVERSIGHT, order, n[k],
                    "/oversight/topics?year=" + year + "&kind=" + kinds[k][1] + "&heard=true"));
            order += 10;
        }
        figures.add(Figure.count("oversight.satisfaction-votes", FigureSection.OVERSIGHT, order, n[4],
                "/oversight/opinions?year=" + year + "&evaluated=true"));
        order += 10;
        figures.add(Figure.count("oversight.problems-total", FigureSection.OVERSIGHT, order, n[5], "/oversight/problems?year=" + year));
        figures.add(Figure.count("oversight.problems-closed", FigureSection.OVERSIGHT, order + 10, n[6],
                "/oversight/problems?year=" + year + "&status=CLOSED"));
        return figures;
    }
}
