package cn.congress.web.suggestion;

import cn.congress.deputies.suggestion.SuggestionRow;
import cn.congress.domain.shared.Labeled;
import cn.congress.web.support.Formats;
import cn.congress.web.support.StatusStyles;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the suggestion list as the page prints it. Each row used to cost some twenty expressions in the
 * template (a link built from a path variable, bundle look-ups, the style bean, the date bean, a badge fragment per
 * flag): under load the list spent most of its time there. The same values are worked out here once, from the same
 * sources (the bundles, {@link StatusStyles}, {@link Formats}), and the template prints plain strings.
 *
 * @param rowClass    the row's highlight ({@code table-danger} overdue, {@code table-warning} due soon), or null
 * @param titleFlags  the badges after the title: 议案, 重点督办, the bundle's theme, 第N轮
 * @param statusFlags the status badge and, after it, 超期 or 即将到期
 */
public record SuggestionListLine(String href, String registrationNumber, String title, List<Badge> titleFlags,
                                 String leadDeputyName, String delegationName, String category, String leadUnitName,
                                 List<Badge> statusFlags, String dueOn, String rowClass) {

    /** A badge: its text and its classes ({@code badge} and the style of {@link StatusStyles}). */
    public record Badge(String text, String css) {
    }

    static List<SuggestionListLine> of(List<SuggestionRow> rows, MessageSource messages, StatusStyles styles, Formats fmt) {
        List<SuggestionListLine> lines = new ArrayList<>(rows.size());
        for (SuggestionRow r : rows) {
            List<Badge> titleFlags = new ArrayList<>(2);
            if (r.motion()) {
                titleFlags.add(new Badge(label(messages, r.kind()), "badge " + styles.of(r.kind())));
            }
            if (r.keySupervised()) {
                titleFlags.add(new Badge("重点督办", "badge " + styles.tone("refused")));
            }
            if (r.bundleTheme() != null) {
                titleFlags.add(new Badge(r.bundleTheme(), "badge " + styles.tone("neutral")));
            }
            if (r.round() > 1) {
                titleFlags.add(new Badge("第" + r.round() + "轮", "badge " + styles.tone("waiting")));
            }
            List<Badge> statusFlags = new ArrayList<>(2);
            statusFlags.add(new Badge(label(messages, r.status()), "badge " + styles.of(r.status())));
            if (r.overdue()) {
                statusFlags.add(new Badge("超期", "badge " + styles.tone("refused")));
            }
            if (r.dueSoon()) {
                statusFlags.add(new Badge("即将到期", "badge " + styles.tone("waiting")));
            }
            lines.add(new SuggestionListLine("/suggestions/" + r.id(), r.registrationNumber() == null ? "—" : r.registrationNumber(),
                    r.title(), titleFlags, r.leadDeputyName(), r.delegationName(), label(messages, r.category()),
                    r.leadUnitName() == null ? "—" : r.leadUnitName(), statusFlags, fmt.date(r.dueOn()),
                    r.overdue() ? "table-danger" : r.dueSoon() ? "table-warning" : null));
        }
        return lines;
    }

    private static String label(MessageSource messages, Labeled value) {
        return messages.getMessage(value.getMessageKey(), null, Locale.SIMPLIFIED_CHINESE);
    }
}
