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
     * Two statements, each one pass over the period's comments (a national draft draws a million): the counts by
     * channel and decision as filtered aggregates, and the distinct participants through a hashed distinct.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        Timestamp from = Timestamp.from(period.start());
        Timestamp to = Timestamp.from(period.end());
        long[] c = jdbc.queryForObject("""
                select (select count(*) from consultation where opens_on >= ? and opens_on < ?),
                       coalesce(sum(people_consulted) filter (where contact_point_id is not null), 0),
                       count(*) filter (where duplicate_of_id is null and channel = 'WEBSITE'),
                       count(*) filter (where duplicate_of_id is null and channel = 'CONTACT_POINT'),
                       count(*) filter (where duplicate_of_id is null and channel not in ('WEBSITE', 'CONTACT_POINT')),
                       count(*) filter (where duplicate_of_id is null and decision in ('ADOPTED', 'PARTLY_ADOPTED'))
                from draft_comment where submitted_at >= ? and submitted_at < ? and moderation <> 'HIDDEN'
                """, (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)},
                Date.valueOf(period.from()), Date.valueOf(period.to()), from, to);
        long participants = count("""
                select count(*) from (select distinct coalesce(client_key, 'a' || account_id, 'r' || id) from draft_comment
                                      where submitted_at >= ? and submitted_at < ? and moderation <> 'HIDDEN' and contact_point_id is null) d
                """, from, to) + c[1];
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

    /** Cached until one of these changes (their triggers notify {@code figures}). */
    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("consultation", "draft_comment");
    }
}
