package cn.congress.web.support;

/**
 * One option of a choice list whose options are neither an enum nor a feature's record (yes/no, a version by its
 * number and date): the value the form sends and the text it shows. {@code fragments/filter :: select(…, choices=true)}
 * prints a list of them through {@code cg:kept} ({@link KeptFragments}), rendered once per list and selection.
 */
public record Choice(String value, String label) {
}
