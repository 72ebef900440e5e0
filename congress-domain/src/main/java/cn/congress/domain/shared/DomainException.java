package cn.congress.domain.shared;

/**
 * A business rule refused the request. The message is Chinese and safe to show to the user as it is.
 */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
