package cn.congress.web.reports;

import cn.congress.domain.figures.AnnualFigures;
import cn.congress.web.publicsite.PublicPortalEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

/** The figures the committee released (rules table), for everybody. */
@Controller
@RequiredArgsConstructor
class PublicFiguresController {

    private final AnnualFigures figures;
    private final Clock clock;

    @Bean
    static PublicPortalEntry annualFiguresPortalEntry() {
        return new PublicPortalEntry(80, "bar-chart-line", "public.figures.title", "public.figures.summary", "/public/figures", null);
    }

    @GetMapping("/public/figures")
    String figures(@RequestParam(required = false) Integer year, Model model) {
        int current = LocalDate.now(clock).getYear();
        int y = year == null || year < AnnualReportController.FIRST_YEAR || year > current ? current : year;
        model.addAttribute("report", figures.publicReport(y));
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(0, 4).mapToObj(i -> current - i).toList());
        return "public/figures/index";
    }
}
