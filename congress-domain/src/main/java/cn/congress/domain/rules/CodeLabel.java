package cn.congress.domain.rules;

/** One entry of a code-list rule, e.g. {@code A} = 已解决或基本解决. */
public record CodeLabel(String code, String label) {
}
