package cn.congress.domain.session;

/** A participant on the attendance page. */
public record ParticipantRow(long id, String name, String description, Attendance attendance, String leaveReason) {

    static ParticipantRow of(Participant p) {
        return new ParticipantRow(p.getId(), p.getName(), p.getDescription(), p.getAttendance(), p.getLeaveReason());
    }
}
