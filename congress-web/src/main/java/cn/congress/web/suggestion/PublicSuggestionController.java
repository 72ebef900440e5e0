package cn.congress.web.suggestion;

import cn.congress.web.security.guard.PublicExportLimiter;
import jakarta.servlet.http.HttpServletRequest;
import cn.congress.deputies.suggestion.PublicSuggestion;
import cn.congress.deputies.suggestion.SuggestionQueries;
import cn.congress.domain.rules.Rules;
import cn.congress.web.support.excel.XlsxExport;
import cn.congress.web.publicsite.PublicPortalEntry;
import cn.congress.web.support.Formats;
import cn.congress.web.support.StatusStyles;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;
import java.util.Locale;

/** 建议办理结果公开: published responses, readable (and downloadable as Excel) without login. */
@Controller
@RequiredArgsConstructor
class PublicSuggestionController {

    private final SuggestionQueries queries;
    private final Rules rules;
    private final MessageSource messages;
    private final PublicExportLimiter exportLimiter;
    private final Formats fmt;
    private final StatusStyles styles;

    /**
     * A published answer as the list prints it: the labels and the date are put together here once per row, so that
     * the template only prints text (per-row message look-ups, fragment calls and bean calls were most of the page's
     * CPU under load).
     */
    public record Row(String title, String leadDeputyName, String leadUnitName, String category, String answerCategory,
                      String answerClass, String answer, String answered) {
    }

    @Bean
    static PublicPortalEntry publishedSuggestionsPortalEntry() {
        return new PublicPortalEntry(40, "chat-square-text", "public.suggestions.title", "public.suggestions.summary",
                "/public/suggestions", null);
    }

    @GetMapping("/public/suggestions")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        String answerClass = styles.tone("info");
        model.addAttribute("page", queries.published(q, PageRequest.of(Math.max(page, 0), 10)).map(p -> new Row(p.title(),
                "领衔代表：" + orEmpty(p.leadDeputyName()), "承办单位：" + orEmpty(p.leadUnitName()),
                messages.getMessage(p.category().getMessageKey(), null, locale),
                p.answerCategory() == null ? null : p.answerCategory() + "类", answerClass, p.answer(), "答复时间：" + fmt.date(p.answeredAt()))));
        model.addAttribute("q", q);
        return "public/suggestions/list";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @GetMapping("/public/suggestions/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String q, HttpServletRequest request) {
        exportLimiter.acquire(request);
        List<XlsxExport.Column<PublicSuggestion>> columns = List.of(
                new XlsxExport.Column<>("登记号", PublicSuggestion::registrationNumber, 16),
                new XlsxExport.Column<>("标题", PublicSuggestion::title, 40),
                XlsxExport.Column.of("领衔代表", PublicSuggestion::leadDeputyName),
                new XlsxExport.Column<>("承办单位", PublicSuggestion::leadUnitName, 24),
                XlsxExport.Column.of("分类", p -> messages.getMessage(p.category().getMessageKey(), null, Locale.SIMPLIFIED_CHINESE)),
                XlsxExport.Column.of("答复类别", p -> p.answerCategory() == null ? null : rules.label("suggestion.answer-categories", p.answerCategory())),
                new XlsxExport.Column<>("答复内容", PublicSuggestion::answer, 80),
                XlsxExport.Column.of("答复时间", PublicSuggestion::answeredAt));
        return XlsxExport.download("代表建议办理结果公开", "办理结果公开", columns, queries.publishedForExport(q));
    }
}
