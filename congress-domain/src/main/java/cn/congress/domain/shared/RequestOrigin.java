package cn.congress.domain.shared;

/**
 * The client address of the request being served, set by a servlet filter of the web layer so that the
 * audit log can record it without this module knowing about servlets.
 */
public final class RequestOrigin {

    private static final ThreadLocal<String> IP = new ThreadLocal<>();
    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

    private RequestOrigin() {
    }

    public static void set(String ip) {
        IP.set(ip);
    }

    /** The request id that the application log (MDC {@code requestId}) and the audit row both carry. */
    public static void setRequestId(String requestId) {
        REQUEST_ID.set(requestId);
    }

    public static String requestId() {
        return REQUEST_ID.get();
    }

    public static void clear() {
        IP.remove();
        REQUEST_ID.remove();
    }

    public static String current() {
        return IP.get();
    }
}
