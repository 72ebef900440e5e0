package cn.congress.deputies.reception;

import cn.congress.domain.notification.Reminder;
import cn.congress.domain.notification.ReminderSource;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Overdue transfers, reminded daily: the organ's users (to answer) and the station's manager (to follow up) each get
 * one reminder per opinion per day it stays overdue.
 */
@Component
@RequiredArgsConstructor
class OpinionReminders implements ReminderSource {

    private final JdbcTemplate jdbc;

    @Override
    public String name() {
        return "群众意见转交办理期限";
    }

    @Override
    public List<Reminder> remindersDue(LocalDate today) {
        List<Reminder> result = new ArrayList<>();
        jdbc.query("""
                select o.id, o.transfer_due, s.name as station, s.manager_account_id,
                       array(select a.id from user_account a where a.org_unit_id = o.transfer_org_id and a.enabled) as organ_accounts
                from constituent_opinion o join liaison_station s on s.id = o.station_id
                where o.status = 'TRANSFERRED' and o.transfer_due < ? order by o.id limit 5000""", rs -> {
            List<Long> recipients = new ArrayList<>();
            for (Long id : (Long[]) rs.getArray("organ_accounts").getArray()) {
                recipients.add(id);
            }
            long manager = rs.getLong("manager_account_id");
            if (!rs.wasNull()) {
                recipients.add(manager);
            }
            if (!recipients.isEmpty()) {
                long id = rs.getLong("id");
                LocalDate due = rs.getObject("transfer_due", LocalDate.class);
                result.add(new Reminder(recipients, "群众意见转交已超期",
                        rs.getString("station") + "转交的群众意见（编号 " + id + "）已超过办理期限 " + due + "，请尽快答复。",
                        "/stations/opinions/" + id, "opinion-" + id + "-overdue-" + today));
            }
        }, Date.valueOf(today));
        return result;
    }
}
