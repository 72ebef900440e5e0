package cn.congress.web.legislation.bill;

import cn.congress.legislation.bill.BillRow;
import cn.congress.web.support.Formats;
import cn.congress.web.support.StatusStyles;
import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * A row of the list of bills as the template prints it: link, labels, badge style and time put together once here,
 * so that the row is plain {@code th:text}/{@code th:href} (per-row link building, message look-ups and bean calls were
 * most of the list's rendering CPU). {@code bodyLabel} is set only for a bill enacted by the congress itself.
 */
public record BillListRow(String href, String title, String projectTitle, String kindLabel, String bodyLabel, String sponsor,
                          String draftingUnit, String statusLabel, String statusClass, int readingsHeld, String updated) {

    static BillListRow of(BillRow b, String contextPath, MessageSource messages, Locale locale, StatusStyles styles, Formats fmt) {
        return new BillListRow(contextPath + "/legislation/bills/" + b.id(), b.title(),
                b.projectTitle() == null ? null : "计划项目：" + b.projectTitle(),
                messages.getMessage(b.kind().getMessageKey(), null, locale),
                b.congressTrack() ? messages.getMessage(b.enactingBody().getMessageKey(), null, locale) : null,
                b.sponsor(), b.draftingUnit(), messages.getMessage(b.status().getMessageKey(), null, locale), styles.of(b.status()),
                b.readingsHeld(), fmt.dateTime(b.updatedAt()));
    }
}
