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
        int order = 10;
        for (String[] k : kinds) {
            Long n = jdbc.queryForObject("""
                    select count(*) from oversight_topic t join oversight_plan p on p.id = t.plan_id
                    where p.year = ? and t.kind = ? and t.status in""" + " " + HEARD, Long.class, year, k[1]);
            figures.add(Figure.count(k[0], FigureSection.OVERSIGHT, order, n == null ? 0 : n,
                    "/oversight/topics?year=" + year + "&kind=" + k[1] + "&heard=true"));
            order += 10;
        }
        Long votes = jdbc.queryForObject("""
                select count(*) from oversight_handling_report r join oversight_opinion op on op.id = r.opinion_id
                join oversight_topic t on t.id = op.topic_id join oversight_plan p on p.id = t.plan_id
                where p.year = ? and r.passed is not null""", Long.class, year);
        figures.add(Figure.count("oversight.satisfaction-votes", FigureSection.OVERSIGHT, order, votes == null ? 0 : votes,
                "/oversight/opinions?year=" + year + "&evaluated=true"));
        order += 10;
        Long[] items = jdbc.queryForObject("""
                select count(*), count(*) filter (where pr.status = 'CLOSED')
                from oversight_problem pr join oversight_opinion op on op.id = pr.opinion_id
                join oversight_topic t on t.id = op.topic_id join oversight_plan p on p.id = t.plan_id where p.year = ?""",
                (rs, i) -> new Long[]{rs.getLong(1), rs.getLong(2)}, year);
        figures.add(Figure.count("oversight.problems-total", FigureSection.OVERSIGHT, order, items[0], "/oversight/problems?year=" + year));
        figures.add(Figure.count("oversight.problems-closed", FigureSection.OVERSIGHT, order + 10, items[1],
                "/oversight/problems?year=" + year + "&status=CLOSED"));
        return figures;
    }
}
