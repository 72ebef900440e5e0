package cn.congress.legislation.consultation;

/** What the person who commented keeps: the code, and whether the text was already received from them. */
public record Receipt(String code, boolean duplicate) {
}
