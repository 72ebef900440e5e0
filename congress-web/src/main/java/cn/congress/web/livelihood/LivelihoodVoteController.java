package cn.congress.web.livelihood;

import cn.congress.deputies.livelihood.LivelihoodEvaluation;
import cn.congress.deputies.livelihood.LivelihoodQueries;
import cn.congress.deputies.livelihood.LivelihoodVoting;
import cn.congress.deputies.livelihood.ProgrammeView;
import cn.congress.deputies.livelihood.Rating;
import cn.congress.deputies.livelihood.RoundView;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.support.excel.XlsxExport;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 票决 and 测评: staff put the list to the congress session and run the rounds (live turnout); a deputy votes on every
 * candidate on one phone-sized page and submits once; the per-candidate result sheet (print, .xlsx) and the decision;
 * the deputies' year-end rating page.
 */
@Controller
@RequestMapping("/livelihood")
@RequiredArgsConstructor
class LivelihoodVoteController {

    private static final List<BallotChoice> CHOICES = List.of(BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN);

    private final LivelihoodVoting voting;
    private final LivelihoodQueries queries;
    private final LivelihoodEvaluation evaluation;

    @PostMapping("/programmes/{id}/vote")
    String putToVote(@PathVariable long id, @RequestParam long sessionId, RedirectAttributes redirect) {
        voting.putToVote(id, sessionId);
        redirect.addFlashAttribute("message", "候选项目已提交大会票决，请在会议表决时开始票决");
        return "redirect:/livelihood/programmes/" + id;
    }

    @PostMapping("/votes/{voteId}/open")
    String open(@PathVariable long voteId, @RequestParam long programmeId, RedirectAttributes redirect) {
        voting.open(voteId);
        redirect.addFlashAttribute("message", "票决已开始");
        return "redirect:/livelihood/programmes/" + programmeId + "#vote";
    }

    @PostMapping("/votes/{voteId}/close")
    String close(@PathVariable long voteId, @RequestParam long programmeId, RedirectAttributes redirect) {
        voting.close(voteId);
        redirect.addFlashAttribute("message", "票决已结束");
        return "redirect:/livelihood/programmes/" + programmeId + "#vote";
    }

    @GetMapping("/votes/{voteId}/turnout")
    String turnout(@PathVariable long voteId, Model model) {
        model.addAttribute("turnout", queries.turnout(voteId));
        return "livelihood/programme :: turnout";
    }

    @GetMapping("/votes/{voteId}")
    String ballot(@PathVariable long voteId, Model model) {
        model.addAttribute("page", queries.ballot(voteId));
        model.addAttribute("choices", CHOICES);
        return "livelihood/ballot";
    }

    @PostMapping("/votes/{voteId}")
    String cast(@PathVariable long voteId, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Long, BallotChoice> choices = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("c-") && !v.isBlank()) {
                try {
                    choices.put(Long.parseLong(k.substring(2)), BallotChoice.valueOf(v));
                } catch (IllegalArgumentException e) {
                    throw new DomainException("表决选项无效，请重新选择");
                }
            }
        });
        voting.cast(voteId, choices);
        redirect.addFlashAttribute("message", "您的表决票已提交");
        return "redirect:/livelihood/votes/" + voteId;
    }

    @GetMapping("/programmes/{id}/result")
    String result(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.programme(id));
        return "livelihood/result";
    }

    @GetMapping("/programmes/{id}/decision")
    String decision(@PathVariable long id, Model model) {
        ProgrammeView view = queries.programme(id);
        if (view.decisionNumber() == null) {
            throw new DomainException("票决尚未完成，还没有决定");
        }
        model.addAttribute("view", view);
        return "livelihood/decision";
    }

    record ResultRow(int round, String purpose, int position, String title, Integer yes, Integer no, Integer abstain,
                     String passed, String elected) {
    }

    @GetMapping("/programmes/{id}/result.xlsx")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id) {
        ProgrammeView view = queries.programme(id);
        List<ResultRow> rows = new ArrayList<>();
        for (RoundView r : view.rounds()) {
            String purpose = switch (r.purpose()) {
                case MAIN -> "票决";
                case TIE -> "得票相同项目再次表决";
                case SHORTFALL -> "补足表决";
            };
            for (RoundView.Candidate c : r.candidates()) {
                rows.add(new ResultRow(r.round(), purpose, c.position(), c.title(), c.yes(), c.no(), c.abstain(),
                        c.passed() == null ? "" : c.passed() ? "过半数" : "未过半数",
                        c.elected() == null ? "" : c.elected() ? "确定" : "未确定"));
            }
        }
        return XlsxExport.download(view.year() + "年民生实事项目票决结果", "票决结果", List.of(
                XlsxExport.Column.<ResultRow>of("轮次", ResultRow::round),
                XlsxExport.Column.<ResultRow>of("表决", ResultRow::purpose),
                XlsxExport.Column.<ResultRow>of("序号", ResultRow::position),
                new XlsxExport.Column<ResultRow>("候选项目", ResultRow::title, 40),
                XlsxExport.Column.<ResultRow>of("赞成", ResultRow::yes),
                XlsxExport.Column.<ResultRow>of("不赞成", ResultRow::no),
                XlsxExport.Column.<ResultRow>of("弃权", ResultRow::abstain),
                XlsxExport.Column.<ResultRow>of("赞成票过全体代表半数", ResultRow::passed),
                XlsxExport.Column.<ResultRow>of("结果", ResultRow::elected)), rows);
    }

    @GetMapping("/programmes/{id}/evaluate")
    String evaluateForm(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.programme(id));
        model.addAttribute("projects", queries.toRate(id));
        model.addAttribute("ratings", Rating.values());
        return "livelihood/evaluate";
    }

    @PostMapping("/programmes/{id}/evaluate")
    String evaluate(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Long, Rating> ratings = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("r-") && !v.isBlank()) {
                try {
                    ratings.put(Long.parseLong(k.substring(2)), Rating.valueOf(v));
                } catch (IllegalArgumentException e) {
                    throw new DomainException("测评选项无效，请重新选择");
                }
            }
        });
        evaluation.rate(id, ratings);
        redirect.addFlashAttribute("message", "您的测评已提交，谢谢");
        return "redirect:/livelihood/programmes/" + id + "/evaluate";
    }
}
