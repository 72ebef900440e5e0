package cn.congress.web.reports;

import cn.congress.domain.figures.AnnualFigures;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** 年度工作数据: the figures of the standing committee's annual work report, for staff and members. */
@Controller
@RequiredArgsConstructor
class AnnualReportController {

    static final int FIRST_YEAR = 2000;

    private final AnnualFigures figures;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/reports/annual")
    String annual(@RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        model.addAttribute("report", figures.report(y));
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        return "reports/annual";
    }

    @GetMapping("/reports/annual/records")
    String records(@RequestParam String key, @RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        if (!key.matches("[a-z0-9.\\-]{1,80}") || messages.getMessage("figure." + key, null, null, Locale.SIMPLIFIED_CHINESE) == null) {
            throw new cn.congress.domain.shared.NotFoundException("年度数据项", key);
        }
        model.addAttribute("records", figures.records(key, y));
        model.addAttribute("key", key);
        model.addAttribute("year", y);
        return "reports/records";
    }

    @GetMapping("/reports/annual.docx")
    ResponseEntity<byte[]> docx(@RequestParam(required = false) Integer year) {
        int y = year(year);
        byte[] body = AnnualReportDocument.write(figures.report(y), key -> messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE),
                section -> messages.getMessage(section.getMessageKey(), null, Locale.SIMPLIFIED_CHINESE));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(y + "年常委会工作报告数据附件.docx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(body);
    }

    /** The year asked for, within the years the system can hold; the current year by default. */
    private int year(Integer year) {
        int current = LocalDate.now(clock).getYear();
        if (year == null) {
            return current;
        }
        if (year < FIRST_YEAR || year > current) {
            throw new cn.congress.domain.shared.NotFoundException("年度", year);
        }
        return year;
    }

    private java.util.List<Integer> years() {
        int current = LocalDate.now(clock).getYear();
        return java.util.stream.IntStream.rangeClosed(0, 9).mapToObj(i -> current - i).toList();
    }
}
