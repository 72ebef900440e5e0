package cn.congress.domain.shared;

/**
 * The client address of the request being served, set by a servlet filter of the web layer so that the
 * audit log can record it without this module knowing about servlets.
 */
public final class RequestOrigin {

    private static final ThreadLocal<String> IP = new ThreadLocal<>();

    private RequestOrigin() {
    }

    public static void set(String ip) {
        IP.set(ip);
    }

    public static void clear() {
        IP.remove();
    }

    public static String current() {
        return IP.get();
    }
}
