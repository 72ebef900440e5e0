package cn.congress.domain.rules;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of a code-list rule, e.g. {@code A} = 已解决或基本解决, with the flags that give it a meaning the code
 * relies on (e.g. {@code solved}). Flags are named, never implied by the entry's position in the list, so that
 * reordering the list changes no figure. Written in the rules table as {@code CODE=标签|flag1,flag2}.
 */
public record CodeLabel(String code, String label, Set<String> flags) {

    /** The meaning "this answer category counts as solved" (解决率). */
    public static final String SOLVED = "solved";
    /** The meaning "this evaluation option is dissatisfaction" (不满意: reason required, another round possible). */
    public static final String DISSATISFIED = "dissatisfied";

    static final Pattern FLAG = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public CodeLabel {
        flags = flags == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(flags));
    }

    public CodeLabel(String code, String label) {
        this(code, label, Set.of());
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The flags in a stable order, as the admin page lists them. */
    public String flagList() {
        return String.join(",", flags.stream().sorted().toList());
    }

    /** The line this entry is stored as. */
    String line() {
        return code + "=" + label + (flags.isEmpty() ? "" : "|" + flagList());
    }

    static CodeLabel parse(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return new CodeLabel(line.trim(), "");
        }
        String rest = line.substring(eq + 1);
        int bar = rest.indexOf('|');
        Set<String> flags = bar < 0 ? Set.of() : new LinkedHashSet<>(Arrays.stream(rest.substring(bar + 1).split("[,，\\s]+"))
                .map(String::trim).filter(f -> !f.isEmpty()).toList());
        return new CodeLabel(line.substring(0, eq).trim(), (bar < 0 ? rest : rest.substring(0, bar)).trim(), flags);
    }
}
