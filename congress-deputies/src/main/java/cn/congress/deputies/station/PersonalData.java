package cn.congress.deputies.station;

/** Masks a resident's name and contact for every list and page; the full value is shown only by an audited action. */
public final class PersonalData {

    private PersonalData() {
    }

    /** 张三丰 → 张**; empty → 未留姓名. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "未留姓名";
        }
        String n = name.trim();
        return n.charAt(0) + "*".repeat(Math.max(1, Math.min(n.length() - 1, 3)));
    }

    /** 13812341234 → 138****1234; short values keep only their last two characters. */
    public static String maskContact(String contact) {
        if (contact == null || contact.isBlank()) {
            return "未留联系方式";
        }
        String c = contact.trim();
        if (c.length() >= 11) {
            return c.substring(0, 3) + "****" + c.substring(c.length() - 4);
        }
        return "*".repeat(Math.max(1, c.length() - 2)) + c.substring(Math.max(0, c.length() - 2));
    }
}
