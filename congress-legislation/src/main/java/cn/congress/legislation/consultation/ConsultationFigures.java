package cn.congress.legislation.consultation;

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
import java.sql.Timestamp;
import java.util.List;

/**
 * 开门立法 in the annual work report: drafts published for comment (opened in the period), people who took part and
 * opinions received in the period by channel, and opinions adopted. Hidden comments and marked duplicates are not
 * counted as opinions.
 */
@Component
@RequiredArgsConstructor
class ConsultationFigures implements FigureSource {

    private final JdbcTemplate jdbc;

    /**
     * Read from the counters kept with every change of a comment (migration V2026_11_30_1401, statement triggers on
     * {@code draft_comment}): a few hundred counter rows for a year instead of a pass over its million comments. The
     * distinct participants are kept per calendar year; for any other period they are counted from the comments.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        long[] c = jdbc.queryForObject("""
                select (select count(*) from consultation where opens_on >= ? and opens_on < ?),
                       coalesce(sum(people_consulted), 0), coalesce(sum(website), 0), coalesce(sum(contact_point), 0),
                       coalesce(sum(other), 0), coalesce(sum(adopted), 0), coalesce(sum(participants), 0)
                from draft_comment_day_count where day >= ? and day < ?
                """, (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)},
                Date.valueOf(period.from()), Date.valueOf(period.to()), Date.valueOf(period.from()), Date.valueOf(period.to()));
        long people = period.equals(Period.year(period.from().getYear())) ? c[6] : count("""
                select count(*) from (select distinct coalesce(client_key, 'a' || account_id, 'r' || id) from draft_comment
                                      where submitted_at >= ? and submitted_at < ? and moderation <> 'HIDDEN' and contact_point_id is null) d
                """, Timestamp.from(period.start()), Timestamp.from(period.end()));
        long participants = people + c[1];
        long consultations = c[0];
        long website = c[2];
        long contactPoints = c[3];
        long other = c[4];
        long adopted = c[5];
        return List.of(
                Figure.count("legislation.consultations", FigureSection.LEGISLATION, 40, consultations, "/public/drafts"),
                new Figure("legislation.consultation-participants", FigureSection.LEGISLATION, 41, BigDecimal.valueOf(participants),
                        FigureUnit.PERSON_TIMES, "/public/drafts"),
                Figure.count("legislation.opinions-website", FigureSection.LEGISLATION, 42, website, "/legislation/bills"),
                Figure.count("legislation.opinions-contact-point", FigureSection.LEGISLATION, 43, contactPoints, "/legislation/bills"),
                Figure.count("legislation.opinions-other", FigureSection.LEGISLATION, 44, other, "/legislation/bills"),
                Figure.count("legislation.opinions-adopted", FigureSection.LEGISLATION, 45, adopted, "/legislation/bills"));
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
