package cn.congress.domain.shared;

/**
 * An enum whose Chinese label lives in the message bundles under {@code enum.<SimpleName>.<CONSTANT>}.
 * Templates show it with {@code #{${value.messageKey}}}.
 */
public interface Labeled {

    String name();

    default String getMessageKey() {
        return "enum." + getClass().getSimpleName() + "." + name();
    }
}
