package cn.congress.domain.shared;

/**
 * The record does not exist or the current user may not know that it exists: both answer 404,
 * so that guessing ids reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + "不存在：" + id);
    }

    public NotFoundException(String message) {
        super(message);
    }
}
