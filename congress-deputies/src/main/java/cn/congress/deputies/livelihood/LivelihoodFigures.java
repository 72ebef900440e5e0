package cn.congress.deputies.livelihood;

import cn.congress.domain.figures.Figure;
import cn.congress.domain.figures.FigureSection;
import cn.congress.domain.figures.FigureSource;
import cn.congress.domain.figures.FigureUnit;
import cn.congress.domain.figures.Period;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;

/**
 * The city congress's livelihood projects in the annual work report: projects put to the deputies' vote and adopted
 * in the period (by the date of the decision), the money they carry, those completed and those that passed the
 * deputies' evaluation in the period. District and township chains are their own congresses' figures.
 */
@Component
@RequiredArgsConstructor
class LivelihoodFigures implements FigureSource {

    private final JdbcTemplate jdbc;
    private final LivelihoodAccess access;

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        Long city = access.findCityCongress().orElse(null);
        if (city == null) {
            return List.of();
        }
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        String link = "/livelihood?year=" + period.from().getYear();
        // one statement for the three counts (the report asks every source for two years)
        Object[] decided = jdbc.queryForObject("""
                select d.voted, d.adopted, d.investment,
                       (select count(*) from livelihood_project p join livelihood_programme g on g.id = p.programme_id
                        where g.congress_org_id = ? and p.completed_on >= ? and p.completed_on < ?),
                       (select count(*) from livelihood_project p join livelihood_programme g on g.id = p.programme_id
                        where g.congress_org_id = ? and p.evaluation_passed and g.evaluation_closed_on >= ? and g.evaluation_closed_on < ?)
                from (select count(*) filter (where p.status not in ('PENDING_MODERATION', 'REJECTED', 'PROPOSED', 'MERGED', 'SCREENED_OUT',
                                                                     'CANDIDATE')) as voted,
                             count(*) filter (where p.status in ('SELECTED', 'IMPLEMENTING', 'DELAYED', 'COMPLETED', 'EVALUATED', 'RECTIFYING',
                                                                 'RECTIFIED')) as adopted,
                             coalesce(sum(p.estimated_budget) filter (where p.status in ('SELECTED', 'IMPLEMENTING', 'DELAYED', 'COMPLETED',
                                                                                         'EVALUATED', 'RECTIFYING', 'RECTIFIED')), 0) as investment
                      from livelihood_project p join livelihood_programme g on g.id = p.programme_id
                      where g.congress_org_id = ? and g.decided_on >= ? and g.decided_on < ?) d
                """, (rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4), rs.getLong(5)},
                city, from, to, city, from, to, city, from, to);
        long completed = (Long) decided[3];
        long passed = (Long) decided[4];
        return List.of(
                Figure.count("livelihood.voted", FigureSection.DEPUTIES, 60, (Long) decided[0], link),
                Figure.count("livelihood.adopted", FigureSection.DEPUTIES, 61, (Long) decided[1], link),
                new Figure("livelihood.investment", FigureSection.DEPUTIES, 62, (BigDecimal) decided[2], FigureUnit.YUAN, link),
                Figure.count("livelihood.completed", FigureSection.DEPUTIES, 63, completed, link),
                Figure.count("livelihood.evaluation-passed", FigureSection.DEPUTIES, 64, passed, link));
    }
}
