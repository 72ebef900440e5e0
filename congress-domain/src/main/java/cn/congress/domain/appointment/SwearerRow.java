package cn.congress.domain.appointment;

/** An announced appointee who has not yet sworn the oath, as the ceremony form offers them. */
public record SwearerRow(long id, String personName, String organ, String post) {

    static SwearerRow of(AppointmentItem i) {
        return new SwearerRow(i.getId(), i.getPersonName(), i.getOrgan(), i.getPost());
    }
}
