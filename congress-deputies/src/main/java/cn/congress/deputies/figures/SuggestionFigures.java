package cn.congress.deputies.figures;

import cn.congress.domain.figures.CountedRecords;
import cn.congress.domain.figures.FigureSection;
import cn.congress.domain.figures.FigureUnit;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Deputies' suggestions and motions of the year (代表工作): filed, and answered by the handling units. */
@Component
class SuggestionFigures extends CountedRecords {

    SuggestionFigures(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
    }

    private static String filed(String kind) {
        return "select s.title, (s.submitted_at at time zone 'Asia/Shanghai')::date as on_date, '/suggestions/' || s.id as href "
                + "from suggestion s where s.kind = '" + kind + "' and s.status <> 'DRAFT' "
                + "and s.submitted_at >= :start and s.submitted_at < :end";
    }

    @Override
    protected List<Counted> counted() {
        return List.of(
                new Counted("deputies.suggestions-filed", FigureSection.DEPUTIES, 10, FigureUnit.COUNT, filed("SUGGESTION")),
                new Counted("deputies.motions-filed", FigureSection.DEPUTIES, 20, FigureUnit.COUNT, filed("MOTION")),
                new Counted("deputies.suggestions-answered", FigureSection.DEPUTIES, 30, FigureUnit.COUNT,
                        "select s.title, (min(r.answered_at) at time zone 'Asia/Shanghai')::date as on_date, '/suggestions/' || s.id as href "
                                + "from suggestion_round r join suggestion s on s.id = r.suggestion_id "
                                + "where r.answered_at >= :start and r.answered_at < :end group by s.id, s.title"));
    }
}
