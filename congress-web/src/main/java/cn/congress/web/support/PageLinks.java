package cn.congress.web.support;

import cn.congress.domain.shared.CountedPage;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links that keep the current filters: the pagination fragment asks for "this page, but page N".
 * Templates call it as {@code ${@links.page(3)}}.
 */
@Component("links")
public class PageLinks {

    public String page(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build()
                .toUriString().replaceFirst("^https?://[^/]+", "");
    }

    /** Page numbers (0-based) shown around the current one. */
    public java.util.List<Integer> window(org.springframework.data.domain.Page<?> page) {
        int from = Math.max(0, page.getNumber() - 3);
        int to = Math.min(page.getTotalPages() - 1, page.getNumber() + 3);
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** True when the list's total is an estimate (see {@link CountedPage}): the summary then says 约 and omits the page count. */
    public boolean approximate(org.springframework.data.domain.Page<?> page) {
        return page instanceof CountedPage<?> counted && counted.isApproximate();
    }

    /** An estimated total as a reader says it: 20万, 1.2万, 150万. */
    public String about(org.springframework.data.domain.Page<?> page) {
        long n = page instanceof CountedPage<?> counted ? counted.getShownTotal() : page.getTotalElements();
        if (n < 10_000) {
            return Long.toString(n);
        }
        return java.math.BigDecimal.valueOf(n).divide(java.math.BigDecimal.valueOf(10_000)).stripTrailingZeros().toPlainString() + "万";
    }

    /** This page without its query: the action of a form shared by pages of several paths (a year picker). */
    public String path() {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath();
    }

    public String with(String param, Object value) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").replaceQueryParam(param, value).build()
                .toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
