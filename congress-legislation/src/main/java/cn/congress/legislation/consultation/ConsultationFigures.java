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

    private static final String OPINIONS = "select count(*) from draft_comment where submitted_at >= ? and submitted_at < ? "
            + "and moderation <> 'HIDDEN' and duplicate_of_id is null";

    private final JdbcTemplate jdbc;

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        Timestamp from = Timestamp.from(period.start());
        Timestamp to = Timestamp.from(period.end());
        long consultations = count("select count(*) from consultation where opens_on >= ? and opens_on < ?",
                Date.valueOf(period.from()), Date.valueOf(period.to()));
        long participants = count("""
                select count(distinct coalesce(client_key, 'a' || account_id, 'r' || id)) filter (where contact_point_id is null)
                     + coalesce(sum(people_consulted) filter (where contact_point_id is not null), 0)
                from draft_comment where submitted_at >= ? and submitted_at < ? and moderation <> 'HIDDEN'
                """, from, to);
        long website = count(OPINIONS + " and channel = 'WEBSITE'", from, to);
        long contactPoints = count(OPINIONS + " and channel = 'CONTACT_POINT'", from, to);
        long other = count(OPINIONS + " and channel not in ('WEBSITE', 'CONTACT_POINT')", from, to);
        long adopted = count(OPINIONS + " and decision in ('ADOPTED', 'PARTLY_ADOPTED')", from, to);
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
