package cn.congress.domain.appointment;

/** An announced appointee who has not yet sworn the oath, as the ceremony form offers them. */
public record SwearerRow(long id, String personName, String organ, String post) {

    static SwearerRow of(AppointmentItem i) {
        return new SwearerRow(i.getId(), i.getPersonName(), i.getOrgan(), i.getPost());
    }

    /** The name with the post it is sworn for, as the ceremony form lists each person: 王某（市教育局局长）. */
    public String label() {
        return personName + "（" + organ + post + "）";
    }
}
