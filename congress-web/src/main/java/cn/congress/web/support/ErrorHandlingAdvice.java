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
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The safety net behind the controllers: a refused business rule goes back to the page it came from with the
 * Chinese message; an unknown id is a 404 page; nothing ever shows a stack trace.
 */
@Slf4j
@ControllerAdvice
class ErrorHandlingAdvice {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(Exception e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView("error/404");
    }

    /**
     * A path id that is not a number names no record (404, like any unknown id); a filter or form parameter that is
     * not a valid option, number or date is a bad request (400), not "not found" and never a 500.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(e, response);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return new ModelAndView("error/400");
    }

    /**
     * A form record or @ModelAttribute filter without a BindingResult: a field over its limit (or otherwise against its
     * constraint) goes back to the page with the field's Chinese message; a value that could not be converted at all
     * is a bad request.
     */
    @ExceptionHandler(BindException.class)
    Object invalidForm(BindException e, HttpServletRequest request, HttpServletResponse response) {
        boolean unconvertible = e.getFieldErrors().stream().anyMatch(f -> f.isBindingFailure());
        if (unconvertible || e.getAllErrors().isEmpty()) {
            return badRequest(e, response);
        }
        return backWithError(e.getAllErrors().get(0).getDefaultMessage(), request, response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return new ModelAndView("error/400");
    }

    /**
     * A bare request parameter over its {@code @Size} (or otherwise invalid by its constraint) goes back to the page
     * with the constraint's Chinese message, like a refused business rule.
     */
    @ExceptionHandler(HandlerMethodValidationException.class)
    String invalidParameter(HandlerMethodValidationException e, HttpServletRequest request, HttpServletResponse response) {
        String message = e.getAllErrors().stream().map(org.springframework.context.MessageSourceResolvable::getDefaultMessage)
                .filter(java.util.Objects::nonNull).findFirst().orElse("输入内容不符合要求，请检查后重试。");
        return backWithError(message, request, response);
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
        if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && ("22001".equals(sql.getSQLState())
                || "23514".equals(sql.getSQLState()) && String.valueOf(sql.getMessage()).contains("_length"))) {
            // a value longer than its column that no form limit caught: the column is the last line, never a 500
            return backWithError("填写的内容过长，未保存。请缩短后重试。", request, response);
        }
        return backWithError("数据与已有记录冲突（可能重复或被引用），未保存。请检查后重试。", request, response);
    }

    private static String backWithError(String message, HttpServletRequest request, HttpServletResponse response) {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("error", message);
        String target = SameSite.refererPath(request);
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        return "redirect:" + target;
    }
}
