package cn.congress.web.support;

import jakarta.servlet.http.HttpServletRequest;

/** Where "back" is: the Referer's path when it is a page of this application, never an outside address. */
final class SameSite {

    private SameSite() {
    }

    static String refererPath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String base = request.getScheme() + "://" + request.getServerName();
        if (referer != null && referer.startsWith(base)) {
            String path = referer.replaceFirst("^https?://[^/]+", "");
            return path.startsWith("/") && !path.startsWith("//") ? path : "/";
        }
        return "/";
    }
}
