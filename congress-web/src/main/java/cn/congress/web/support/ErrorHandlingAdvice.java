package cn.congress.web.support;

import cn.congress.domain.shared.ConcurrentEditException;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.extern.slf4j.Slf4j;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The safety net behind the controllers: a refused business rule goes back to the page it came from with the
 * Chinese message; an unknown id is a 404 page; nothing ever shows a stack trace.
 */
@Slf4j
@ControllerAdvice
class ErrorHandlingAdvice {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(Exception e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView("error/404");
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, HttpServletRequest request, HttpServletResponse response) {
        return backWithError(e.getMessage(), request, response);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String concurrentEdit(HttpServletRequest request, HttpServletResponse response) {
        return backWithError(new ConcurrentEditException().getMessage(), request, response);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String conflict(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Integrity violation on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return backWithError("数据与已有记录冲突（可能重复或被引用），未保存。请检查后重试。", request, response);
    }

    private static String backWithError(String message, HttpServletRequest request, HttpServletResponse response) {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("error", message);
        String target = sameSiteReferer(request);
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        return "redirect:" + target;
    }

    /** Only a path of this application, never an outside address from a forged Referer. */
    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String base = request.getScheme() + "://" + request.getServerName();
        if (referer != null && referer.startsWith(base)) {
            String path = referer.replaceFirst("^https?://[^/]+", "");
            return path.startsWith("/") && !path.startsWith("//") ? path : "/";
        }
        return "/";
    }

}
