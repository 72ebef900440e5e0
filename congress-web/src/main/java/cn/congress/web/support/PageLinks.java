package cn.congress.web.support;

import cn.congress.domain.shared.CountedPage;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Links that keep the current filters: the pagination fragment asks for "this list, but page N" and the export
 * button for "this list, as a file". Templates call it as {@code ${@links.pager(page)}}.
 */
@Component("links")
public class PageLinks {

    /** Page numbers shown on either side of the current one. */
    static final int WINDOW = 3;

    /**
     * Everything the pagination bar shows, worked out in one call: the current query is read once and every link
     * differs only in its page number (a template call per link parsed the request's address again each time).
     */
    public Pager pager(Page<?> page) {
        String prefix = withoutPage() + "page=";
        int current = page.getNumber();
        // a page past the end (an old link to a list that shrank) shows the last pages, and 上一页 leads to the last one
        int from = Math.max(0, Math.min(current, page.getTotalPages() - 1) - WINDOW);
        int to = Math.min(page.getTotalPages() - 1, current + WINDOW);
        List<PageLink> numbers = new ArrayList<>(Math.max(0, to - from + 1));
        for (int i = from; i <= to; i++) {
            numbers.add(new PageLink(Integer.toString(i + 1), prefix + i, i == current));
        }
        boolean approximate = page instanceof CountedPage<?> counted && counted.isApproximate();
        return new Pager(approximate, page.getTotalElements(), approximate ? about(page) : null, page.getTotalPages(), current + 1,
                page.isFirst() ? null : prefix + (Math.min(current, page.getTotalPages()) - 1), page.isLast() ? null : prefix + (current + 1), numbers);
    }

    /** This page without its query: the action of a form shared by pages of several paths (a year picker). */
    public String path() {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath();
    }

    /** This list from its first page with {@code param} set to {@code value}. */
    public String with(String param, Object value) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page")
                .replaceQueryParam(param, value).build();
        return uri.getQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getQuery();
    }

    /** The export of this list: its path with {@code /export} added and the current filters (no page). */
    public String export() {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build();
        return uri.getPath() + "/export" + (uri.getQuery() == null || uri.getQuery().isEmpty() ? "" : "?" + uri.getQuery());
    }

    /** The current address without its page number, ending where a further parameter may follow. */
    private static String withoutPage() {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build();
        String query = uri.getQuery();
        return uri.getPath() + (query == null || query.isEmpty() ? "?" : "?" + query + "&");
    }

    /** An estimated total as a reader says it: 20万, 1.2万, 150万. */
    static String about(Page<?> page) {
        long n = page instanceof CountedPage<?> counted ? counted.getShownTotal() : page.getTotalElements();
        if (n < 10_000) {
            return Long.toString(n);
        }
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(10_000)).stripTrailingZeros().toPlainString() + "万";
    }

    /**
     * The pagination bar of one list page: its total (exact, or an estimate when {@code approximate}, then shown as
     * {@code about}), the page count and the current page (1-based), the previous and next links (null at either end)
     * and the numbered links.
     */
    public record Pager(boolean approximate, long total, String about, int pages, int number, String previous, String next,
                        List<PageLink> numbers) {
    }

    /** One numbered link: its text, its address, and whether it is the page shown. */
    public record PageLink(String text, String href, boolean current) {
    }
}
