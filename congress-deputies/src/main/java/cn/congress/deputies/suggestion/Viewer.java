package cn.congress.deputies.suggestion;

/**
 * Who is asking, as the suggestion services need it to decide what may be seen and done: the web layer builds it
 * from the logged-in account. A unit user carries the org unit; a deputy is found by the account id.
 */
public record Viewer(Long accountId, String name, Long orgUnitId, boolean staff, boolean deputy, boolean unit) {

    public static Viewer anonymous() {
        return new Viewer(null, "匿名访客", null, false, false, false);
    }
}
