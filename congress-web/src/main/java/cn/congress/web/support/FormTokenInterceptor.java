package cn.congress.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Applies a form at most once. Forms carry a one-time {@code _formToken} (see {@code fragments/form :: token});
 * the first POST with a token claims it, a second one (a double click, a reload) is not handled again but sent
 * where the first one went. The claim is a row in the database, so this holds across application instances.
 */
@Component
@RequiredArgsConstructor
public class FormTokenInterceptor implements HandlerInterceptor {

    public static final String PARAMETER = "_formToken";
    private static final String CLAIMED = FormTokenInterceptor.class.getName() + ".claimed";
    private static final int WAIT_STEPS = 30;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String token = request.getParameter(PARAMETER);
        if (!"POST".equals(request.getMethod()) || token == null || token.isBlank() || token.length() > 64) {
            return true;
        }
        try {
            jdbc.update("insert into form_submission (token, username, submitted_at) values (?, ?, ?)",
                    token, request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser(), Timestamp.from(clock.instant()));
            request.setAttribute(CLAIMED, token);
            return true;
        } catch (DuplicateKeyException alreadySubmitted) {
            String target = awaitFirstOutcome(token);
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("message", "该表单已提交过，未重复处理。");
            RequestContextUtils.saveOutputFlashMap(target, request, response);
            response.sendRedirect(request.getContextPath() + target);
            return false;
        }
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        String token = (String) request.getAttribute(CLAIMED);
        if (token == null || mav == null || mav.getViewName() == null) {
            return;
        }
        if (mav.getViewName().startsWith("redirect:")) {
            jdbc.update("update form_submission set redirect_to = ? where token = ?", mav.getViewName().substring("redirect:".length()), token);
        } else {
            // The form came back with errors: the user corrects and submits again with the page's new token.
            jdbc.update("delete from form_submission where token = ?", token);
        }
    }

    /** The first submission is usually still running when the second click arrives: wait briefly for its outcome. */
    private String awaitFirstOutcome(String token) throws InterruptedException {
        for (int i = 0; i < WAIT_STEPS; i++) {
            List<String> target = jdbc.queryForList("select redirect_to from form_submission where token = ?", String.class, token);
            if (!target.isEmpty() && target.get(0) != null) {
                return target.get(0);
            }
            Thread.sleep(100);
        }
        return "/";
    }
}
