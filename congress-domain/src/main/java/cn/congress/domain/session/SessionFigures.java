package cn.congress.domain.session;

import cn.congress.domain.figures.CountedRecords;
import cn.congress.domain.figures.FigureSection;
import cn.congress.domain.figures.FigureUnit;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The committee's own meetings and votes of the year (自身建设): meetings that took place, votes concluded. */
@Component
class SessionFigures extends CountedRecords {

    SessionFigures(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
    }

    private static String meetings(String kind) {
        return "select m.title, m.start_date as on_date, '/sessions/' || m.id as href from meeting m "
                + "where m.kind = '" + kind + "' and m.status <> 'PLANNED' and m.start_date >= :from and m.start_date < :to";
    }

    @Override
    protected List<Counted> counted() {
        return List.of(
                new Counted("self.congress-sessions", FigureSection.SELF, 10, FigureUnit.COUNT, meetings("CONGRESS")),
                new Counted("self.sc-sessions", FigureSection.SELF, 20, FigureUnit.COUNT, meetings("STANDING_COMMITTEE")),
                new Counted("self.chairpersons-meetings", FigureSection.SELF, 30, FigureUnit.COUNT, meetings("CHAIRPERSONS")),
                new Counted("self.votes", FigureSection.SELF, 40, FigureUnit.COUNT,
                        "select v.title, (v.closed_at at time zone 'Asia/Shanghai')::date as on_date, '/sessions/votes/' || v.id as href "
                                + "from vote v where v.status = 'CLOSED' and v.closed_at >= :start and v.closed_at < :end"));
    }
}
