package cn.congress.domain.shared;

/** How personal identifiers are shown where the full value is not needed: lists, exports, the audit log. */
public final class PersonalData {

    private PersonalData() {
    }

    /** 13812341234 → 138****1234; anything short enough to guess from the rest is masked whole. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() < 7) {
            return "****";
        }
        return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }
}
