package cn.congress.web.legislation.regulation;

import cn.congress.legislation.regulation.RegulationSearch.Hit;
import cn.congress.web.support.Formats;
import cn.congress.web.support.StatusStyles;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The hits of the regulation search as the list prints them (the staff library and the public page share the list).
 * Every per-row value (link, status label and style, date) is put together here once, so that the template only prints
 * text: per-row link building, message look-ups and bean calls in the template were most of the page's CPU under load.
 */
@Component
@RequiredArgsConstructor
public class RegulationHits {

    private final MessageSource messages;
    private final StatusStyles styles;
    private final Formats fmt;

    /** One hit as printed; {@code matchLabel} and {@code snippet} are null when the search had no words. */
    public record Row(long id, String href, String title, String statusLabel, String statusClass, String effective,
                      String matchLabel, String snippet) {
    }

    /** The page of hits with links to {@code detailBase}/id (under this application's context path). */
    public Page<Row> rows(Page<Hit> hits, String detailBase) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath();
        String prefix = (base == null ? "" : base) + detailBase + "/";
        return hits.map(h -> new Row(h.id(), prefix + h.id(), h.title(),
                messages.getMessage(h.status().getMessageKey(), null, LocaleContextHolder.getLocale()), styles.of(h.status()),
                fmt.date(h.effectiveOn()) + "施行",
                h.snippet() == null ? null : h.firstLabel() + "等" + h.articleHits() + "条含有该词语", h.snippet()));
    }
}
