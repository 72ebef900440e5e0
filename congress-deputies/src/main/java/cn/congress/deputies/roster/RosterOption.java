package cn.congress.deputies.roster;

/** A name to choose from a list (a deputy, a delegation, a group), with the detail that tells equal names apart. */
public record RosterOption(long id, String name, String detail) {

    /** 李建华（东城区代表团）: the name with its detail, as a choice shows it. */
    public String label() {
        return detail == null ? name : name + "（" + detail + "）";
    }
}
