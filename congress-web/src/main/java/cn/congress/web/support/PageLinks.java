package cn.congress.web.support;

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

    /** Whether the page's total is an estimate (a {@link cn.congress.domain.shared.ListPage} over a long list). */
    public boolean estimated(org.springframework.data.domain.Page<?> page) {
        return page instanceof cn.congress.domain.shared.ListPage<?> l && l.isEstimated();
    }

    /** The estimated total as the page writes it, e.g. 约10万. */
    public String totalText(org.springframework.data.domain.Page<?> page) {
        return page instanceof cn.congress.domain.shared.ListPage<?> l ? l.getTotalText() : Long.toString(page.getTotalElements());
    }

    public String with(String param, Object value) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").replaceQueryParam(param, value).build()
                .toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
