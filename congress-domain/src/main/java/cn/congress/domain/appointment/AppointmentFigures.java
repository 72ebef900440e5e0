package cn.congress.domain.appointment;

import cn.congress.domain.figures.CountedRecords;
import cn.congress.domain.figures.FigureSection;
import cn.congress.domain.figures.FigureUnit;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Appointments and removals decided in the year (人事任免), counted per person and post (人次). */
@Component
class AppointmentFigures extends CountedRecords {

    AppointmentFigures(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
    }

    private static String items(String actions) {
        return "select i.person_name || '　' || i.organ || i.post as title, i.decided_on as on_date, '/appointments/' || i.motion_id as href "
                + "from appointment_item i where i.status = 'ADOPTED' and i.action in (" + actions + ") "
                + "and i.decided_on >= :from and i.decided_on < :to";
    }

    @Override
    protected List<Counted> counted() {
        return List.of(
                new Counted("personnel.appointed", FigureSection.PERSONNEL, 10, FigureUnit.PERSON_TIMES, items("'APPOINT'")),
                new Counted("personnel.removed", FigureSection.PERSONNEL, 20, FigureUnit.PERSON_TIMES, items("'REMOVE', 'DISMISS'")),
                new Counted("personnel.resigned", FigureSection.PERSONNEL, 30, FigureUnit.PERSON_TIMES, items("'RESIGN'")));
    }
}
