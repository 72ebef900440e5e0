package cn.congress.web.oversight;

import cn.congress.oversight.opinion.OpinionQueries;
import cn.congress.oversight.opinion.OpinionViews.Dashboard;
import cn.congress.oversight.opinion.ProblemStatus;
import cn.congress.oversight.plan.OversightPlanQueries;
import cn.congress.oversight.plan.TopicStatus;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The staff dashboard of a year's oversight: topics against plan, problems by status, age and organ, with charts. */
@Controller
@RequiredArgsConstructor
class OversightDashboardController {

    private final OpinionQueries queries;
    private final OversightPlanQueries plans;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/oversight")
    String dashboard(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Dashboard d = queries.dashboard(y);
        model.addAttribute("d", d);
        model.addAttribute("years", plans.years());
        model.addAttribute("topicLabels", Arrays.stream(TopicStatus.values()).map(s -> label(s.getMessageKey())).collect(Collectors.joining("|")));
        model.addAttribute("topicValues", Arrays.stream(TopicStatus.values()).map(s -> String.valueOf(d.topicsByStatus().get(s))).collect(Collectors.joining("|")));
        model.addAttribute("problemLabels", Arrays.stream(ProblemStatus.values()).map(s -> label(s.getMessageKey())).collect(Collectors.joining("|")));
        model.addAttribute("problemValues", Arrays.stream(ProblemStatus.values()).map(s -> String.valueOf(d.problemsByStatus().get(s))).collect(Collectors.joining("|")));
        model.addAttribute("ageLabels", String.join("|", d.openByAge().keySet()));
        model.addAttribute("ageValues", d.openByAge().values().stream().map(String::valueOf).collect(Collectors.joining("|")));
        model.addAttribute("organLabels", d.organsByOverdue().stream().map(o -> o.organName()).collect(Collectors.joining("|")));
        model.addAttribute("organOverdue", d.organsByOverdue().stream().map(o -> String.valueOf(o.overdue())).collect(Collectors.joining("|")));
        model.addAttribute("organOpen", d.organsByOverdue().stream().map(o -> String.valueOf(o.open())).collect(Collectors.joining("|")));
        return "oversight/dashboard";
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
