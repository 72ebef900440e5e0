package cn.congress.domain.shared;

/** A workflow step was asked for in a state that does not allow it. */
public class TransitionRefused extends DomainException {

    public TransitionRefused(String message) {
        super(message);
    }
}
