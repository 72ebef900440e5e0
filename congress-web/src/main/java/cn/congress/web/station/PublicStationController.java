package cn.congress.web.station;

import cn.congress.deputies.performance.PerformanceQueries;
import cn.congress.deputies.station.StationQueries;
import cn.congress.web.publicsite.PublicPortalEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The public side: where the stations are and when deputies receive residents, and the deputies' performance in
 * counts (代表法 58). Nothing personal of residents or deputies beyond name and delegation.
 */
@Controller
@RequiredArgsConstructor
class PublicStationController {

    private final StationQueries stations;
    private final PerformanceQueries performance;
    private final Clock clock;

    @Bean
    static PublicPortalEntry stationsPortalEntry(StationQueries stations) {
        return new PublicPortalEntry(50, "house-heart", "public.stations.title", "public.stations.summary", "/public/stations",
                () -> "共" + stations.activeCount() + "个家站点");
    }

    @Bean
    static PublicPortalEntry performancePortalEntry() {
        return new PublicPortalEntry(60, "person-check", "public.deputies.title", "public.deputies.summary", "/public/deputies", null);
    }

    @GetMapping("/public/stations")
    String stations(@RequestParam(required = false) String district, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", stations.publicList(district, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("districts", stations.districts());
        model.addAttribute("district", district);
        return "public/stations/list";
    }

    @GetMapping("/public/deputies")
    String deputies(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int y = year == null || year < thisYear - 5 || year > thisYear ? thisYear : year;
        model.addAttribute("page", performance.publicList(y, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.List.of(thisYear, thisYear - 1));
        return "public/deputies/list";
    }
}
