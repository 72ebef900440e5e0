package cn.congress.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Applies a form at most once. Forms carry a one-time {@code _formToken} (see {@code fragments/form :: token});
 * the first POST with a token claims it, a second one (a double click, a reload) is not handled again but sent
 * where the first one went. The claim is a row in the database, so this holds across application instances.
 * <p>
 * Only form posts to controller methods are guarded. A claim is bound to its client: the signed-in account, or the
 * HTTP session of an anonymous form (an anonymous post without a session claims nothing), so that nobody can claim
 * someone else's token. A claim is released when the handler fails or answers the form again, so the user can resend.
 * A duplicate is answered at once, never by waiting: a request thread is never held for another request's claim.
 */
@Component
@RequiredArgsConstructor
public class FormTokenInterceptor implements HandlerInterceptor {

    public static final String PARAMETER = "_formToken";
    private static final String CLAIMED = FormTokenInterceptor.class.getName() + ".claimed";
    private static final String SETTLED = FormTokenInterceptor.class.getName() + ".settled";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String token = request.getParameter(PARAMETER);
        if (!(handler instanceof HandlerMethod) || !"POST".equals(request.getMethod())
                || token == null || token.isBlank() || token.length() > 64) {
            return true;
        }
        String owner = owner(request);
        if (owner == null) {
            return true;
        }
        String claim = claimKey(owner, token);
        try {
            jdbc.update("insert into form_submission (token, username, submitted_at) values (?, ?, ?)",
                    claim, request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser(), Timestamp.from(clock.instant()));
            request.setAttribute(CLAIMED, claim);
            return true;
        } catch (DuplicateKeyException alreadySubmitted) {
            List<String> done = jdbc.queryForList("select redirect_to from form_submission where token = ?", String.class, claim);
            String target = !done.isEmpty() && done.get(0) != null ? done.get(0) : null;
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("message", target != null ? "该表单已提交过，未重复处理。" : "该表单已提交，正在处理中，未重复处理；请稍后刷新页面查看结果。");
            String to = target != null ? target : SameSite.refererPath(request);
            RequestContextUtils.saveOutputFlashMap(to, request, response);
            response.sendRedirect(request.getContextPath() + to);
            return false;
        }
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        String claim = (String) request.getAttribute(CLAIMED);
        if (claim == null || mav == null || mav.getViewName() == null) {
            return;
        }
        if (mav.getViewName().startsWith("redirect:")) {
            jdbc.update("update form_submission set redirect_to = ? where token = ?", mav.getViewName().substring("redirect:".length()), claim);
            request.setAttribute(SETTLED, true);
        }
        // Otherwise the form came back with errors: afterCompletion releases the claim, the user corrects and resends.
    }

    /** A handler that failed (even when an error page or a redirect with the error followed) or re-showed the form frees its claim. */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        String claim = (String) request.getAttribute(CLAIMED);
        if (claim != null && request.getAttribute(SETTLED) == null) {
            jdbc.update("delete from form_submission where token = ? and redirect_to is null", claim);
        }
    }

    /** Whose claim this is: the account, or the anonymous visitor's session; null when neither exists. */
    private static String owner(HttpServletRequest request) {
        if (request.getRemoteUser() != null) {
            return "user:" + request.getRemoteUser();
        }
        HttpSession session = request.getSession(false);
        return session == null ? null : "session:" + session.getId();
    }

    /** The stored key: a hash, so the table holds neither session ids nor the tokens pages carry. */
    static String claimKey(String owner, String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((owner + "\n" + token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
