package cn.congress.deputies.performance;

import cn.congress.domain.figures.Figure;
import cn.congress.domain.figures.FigureSection;
import cn.congress.domain.figures.FigureSource;
import cn.congress.domain.figures.FigureUnit;
import cn.congress.domain.figures.Period;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;

/** The liaison-station, petition-agency, mediation and activity figures of the annual work report, counted from the records. */
@Component
@RequiredArgsConstructor
class StationFigures implements FigureSource {

    private final JdbcTemplate jdbc;

    @Override
    public List<Figure> figures(Period p) {
        Date from = Date.valueOf(p.from());
        Date to = Date.valueOf(p.to());
        int year = p.from().getYear();
        // one pass over the year's receptions and one over its cases (filtered aggregates), not one per figure
        return jdbc.queryForObject("""
                select (select count(*) from liaison_station where active) as stations,
                       o.opinions, o.transferred, o.answered, c.petitions, c.solved, c.mediations, c.settled,
                       (select count(*) from deputy_activity where kind <> 'TRAINING' and held_on >= ? and held_on < ?) as activities,
                       (select coalesce(sum(a.hours), 0) from deputy_activity a join activity_participant x on x.activity_id = a.id
                          where a.kind = 'TRAINING' and x.confirmed_at is not null and a.held_on >= ? and a.held_on < ?) as hours
                from (select count(*) as opinions, count(*) filter (where route = 'TRANSFERRED') as transferred,
                             count(*) filter (where answered_on is not null) as answered
                      from constituent_opinion where received_on >= ? and received_on < ?) o,
                     (select count(*) filter (where type = 'PETITION_AGENCY') as petitions,
                             count(*) filter (where type = 'PETITION_AGENCY' and outcome = 'SOLVED') as solved,
                             count(*) filter (where type = 'PRE_LITIGATION_MEDIATION') as mediations,
                             count(*) filter (where type = 'PRE_LITIGATION_MEDIATION' and outcome = 'MEDIATED') as settled
                      from service_case where received_on >= ? and received_on < ?) c
                """, (rs, i) -> List.of(
                Figure.count("deputies.stations", FigureSection.DEPUTIES, 300, rs.getLong("stations"), "/stations"),
                Figure.count("deputies.opinions-received", FigureSection.DEPUTIES, 310, rs.getLong("opinions"), "/stations/opinions?year=" + year),
                Figure.count("deputies.opinions-transferred", FigureSection.DEPUTIES, 320, rs.getLong("transferred"),
                        "/stations/opinions?route=TRANSFERRED&year=" + year),
                Figure.count("deputies.opinions-answered", FigureSection.DEPUTIES, 330, rs.getLong("answered"),
                        "/stations/opinions?answered=true&year=" + year),
                Figure.count("deputies.petition-cases", FigureSection.DEPUTIES, 340, rs.getLong("petitions"),
                        "/service-cases?type=PETITION_AGENCY&year=" + year),
                Figure.count("deputies.petition-solved", FigureSection.DEPUTIES, 350, rs.getLong("solved"),
                        "/service-cases?type=PETITION_AGENCY&outcome=SOLVED&year=" + year),
                Figure.count("deputies.mediation-cases", FigureSection.DEPUTIES, 360, rs.getLong("mediations"),
                        "/service-cases?type=PRE_LITIGATION_MEDIATION&year=" + year),
                Figure.count("deputies.mediation-settled", FigureSection.DEPUTIES, 370, rs.getLong("settled"),
                        "/service-cases?type=PRE_LITIGATION_MEDIATION&outcome=MEDIATED&year=" + year),
                Figure.count("deputies.activities", FigureSection.DEPUTIES, 380, rs.getLong("activities"), "/deputies/activities?year=" + year),
                new Figure("deputies.training-hours", FigureSection.DEPUTIES, 390, rs.getBigDecimal("hours") == null ? BigDecimal.ZERO
                        : rs.getBigDecimal("hours"), FigureUnit.HOURS, "/deputies/activities?kind=TRAINING&year=" + year)),
                from, to, from, to, from, to, from, to);
    }

    /** Cached until one of these changes (their triggers notify {@code figures}). */
    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("liaison_station", "constituent_opinion", "service_case", "deputy_activity", "activity_participant");
    }
}
