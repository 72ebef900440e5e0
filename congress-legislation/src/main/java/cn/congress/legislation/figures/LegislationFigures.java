package cn.congress.legislation.figures;

import cn.congress.domain.figures.CountedRecords;
import cn.congress.domain.figures.FigureSection;
import cn.congress.domain.figures.FigureUnit;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Legislation of the year (立法工作): bills reviewed at sessions, regulations enacted, amended and repealed. */
@Component
class LegislationFigures extends CountedRecords {

    LegislationFigures(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
    }

    private static String versions(String kinds) {
        return "select r.title, v.adopted_on as on_date, '/legislation/regulations/' || r.id as href "
                + "from regulation_version v join regulation r on r.id = v.regulation_id "
                + "where v.kind in (" + kinds + ") and v.adopted_on >= :from and v.adopted_on < :to";
    }

    @Override
    protected List<Counted> counted() {
        return List.of(
                new Counted("legislation.bills-reviewed", FigureSection.LEGISLATION, 10, FigureUnit.COUNT,
                        "select b.title, min(e.occurred_on) as on_date, '/legislation/bills/' || b.id as href "
                                + "from bill_event e join bill b on b.id = e.bill_id "
                                + "where e.step in ('FIRST_READING', 'SECOND_READING', 'THIRD_READING', 'UNIFIED_REVIEW') "
                                + "and e.occurred_on >= :from and e.occurred_on < :to group by b.id, b.title"),
                new Counted("legislation.regulations-enacted", FigureSection.LEGISLATION, 20, FigureUnit.COUNT, versions("'ENACTED'")),
                new Counted("legislation.regulations-amended", FigureSection.LEGISLATION, 30, FigureUnit.COUNT, versions("'AMENDED', 'REVISED'")),
                new Counted("legislation.regulations-repealed", FigureSection.LEGISLATION, 40, FigureUnit.COUNT, versions("'REPEALED'")));
    }
}
