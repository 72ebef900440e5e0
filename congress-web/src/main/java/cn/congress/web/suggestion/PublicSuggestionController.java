package cn.congress.web.suggestion;

import cn.congress.deputies.suggestion.SuggestionQueries;
import cn.congress.domain.rules.Rules;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 建议办理结果公开: published responses, readable without login. */
@Controller
@RequiredArgsConstructor
class PublicSuggestionController {

    private final SuggestionQueries queries;
    private final Rules rules;

    @GetMapping("/public/suggestions")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", queries.published(q, PageRequest.of(Math.max(page, 0), 10)));
        model.addAttribute("q", q);
        model.addAttribute("answerCategories", rules.codes("suggestion.answer-categories"));
        return "public/suggestions/list";
    }
}
