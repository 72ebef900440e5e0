package cn.congress.web.session;

import cn.congress.domain.account.Role;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Tally;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteOption;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.session.VoteView;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.security.AccountPrincipal;
import cn.congress.web.security.CurrentUser;
import cn.congress.web.session.SessionForms.ShowOfHandsForm;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 表决: the staff console (open, turnout, close, show of hands), the participant's ballot, the result sheet. */
@Controller
@RequestMapping("/sessions/votes")
@RequiredArgsConstructor
class VoteController {

    private final VoteService votes;
    private final SessionService sessions;
    private final MessageSource messages;

    /** 待表决: the open votes the user takes part in; staff see every open vote. */
    @GetMapping
    String pending(Model model) {
        AccountPrincipal user = CurrentUser.get();
        model.addAttribute("pending", votes.openFor(user.getAccountId()));
        if (sessions.mayRun()) {
            model.addAttribute("allOpen", votes.allOpen());
        }
        return "sessions/votes";
    }

    /** The console of staff and the appointment office; everyone else votes on the ballot page. */
    @GetMapping("/{id}")
    String console(@PathVariable long id, Model model) {
        if (!sessions.mayOrganise()) {
            return "redirect:/sessions/votes/" + id + "/ballot";
        }
        VoteView v = votes.view(id);
        model.addAttribute("vote", v);
        model.addAttribute("quorum", sessions.quorum(v.meetingId()));
        model.addAttribute("turnout", votes.turnout(id));
        model.addAttribute("showOfHands", new ShowOfHandsForm(null, null, null, ""));
        if (v.closed()) {
            model.addAttribute("sheet", votes.resultSheet(id));
        }
        return "sessions/vote";
    }

    @GetMapping("/{id}/turnout")
    String turnout(@PathVariable long id, Model model) {
        model.addAttribute("vote", votes.view(id));
        model.addAttribute("turnout", votes.turnout(id));
        return "sessions/vote :: turnout";
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        votes.open(id);
        redirect.addFlashAttribute("message", "表决已开始");
        return "redirect:/sessions/votes/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        var result = votes.close(id);
        redirect.addFlashAttribute("message", "表决已结束：" + (result.adopted() ? "通过" : "未通过"));
        return "redirect:/sessions/votes/" + id;
    }

    @PostMapping("/{id}/show-of-hands")
    String showOfHands(@PathVariable long id, @Valid @ModelAttribute("showOfHands") ShowOfHandsForm form, BindingResult errors,
                       RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "请填写赞成、反对、弃权人数和说明");
            return "redirect:/sessions/votes/" + id;
        }
        var result = votes.recordShowOfHands(id, form.yes(), form.no(), form.abstain(), form.remark());
        redirect.addFlashAttribute("message", "举手表决结果已录入：" + (result.adopted() ? "通过" : "未通过"));
        return "redirect:/sessions/votes/" + id;
    }

    @GetMapping("/{id}/ballot")
    String ballot(@PathVariable long id, Model model) {
        VoteService.BallotView view = votes.ballotView(id);
        model.addAttribute("view", view);
        model.addAttribute("choices", List.of(BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN));
        model.addAttribute("labelPrefix", view.vote().labelPrefix());
        return "sessions/ballot";
    }

    @PostMapping("/{id}/ballot")
    String cast(@PathVariable long id, @RequestParam(required = false) BallotChoice choice,
                @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Long, BallotChoice> options = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("option-") && !v.isBlank()) {
                try {
                    options.put(Long.parseLong(k.substring(7)), BallotChoice.valueOf(v));
                } catch (IllegalArgumentException e) {
                    throw new DomainException("表决选项无效，请重新选择");
                }
            }
        });
        votes.cast(id, choice, options);
        redirect.addFlashAttribute("message", "您的表决已提交");
        return "redirect:/sessions/votes/" + id + "/ballot";
    }

    @GetMapping("/{id}/result")
    String result(@PathVariable long id, Model model) {
        VoteService.ResultSheet sheet = votes.resultSheet(id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("labelPrefix", sheet.vote().labelPrefix());
        return "sessions/result";
    }

    record ResultRow(String subject, String choice, Integer count, String names) {
    }

    @GetMapping("/{id}/result.xlsx")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id) {
        VoteService.ResultSheet sheet = votes.resultSheet(id);
        VoteView v = sheet.vote();
        String prefix = v.labelPrefix();
        List<ResultRow> rows = new ArrayList<>();
        Tally t = sheet.tally();
        if (v.candidates()) {
            for (VoteView.Option o : v.options()) {
                rows.add(new ResultRow(o.label(), label(prefix, BallotChoice.YES), o.yes(), null));
                rows.add(new ResultRow(o.label(), label(prefix, BallotChoice.NO), o.no(), null));
                rows.add(new ResultRow(o.label(), label(prefix, BallotChoice.ABSTAIN), o.abstain(), null));
                rows.add(new ResultRow(o.label(), "结果", null, Boolean.TRUE.equals(o.adopted()) ? "通过" : "未通过"));
            }
        } else {
            int[] counts = {t.yes(), t.no(), t.abstain(), t.notVoting()};
            BallotChoice[] choices = BallotChoice.values();
            for (int i = 0; i < choices.length; i++) {
                List<String> names = sheet.names().get(choices[i]);
                rows.add(new ResultRow(v.title(), label(prefix, choices[i]), counts[i], names == null ? "" : String.join("、", names)));
            }
        }
        rows.add(new ResultRow(v.title(), "应出席", t.participants(), null));
        rows.add(new ResultRow(v.title(), "出席", t.present(), null));
        rows.add(new ResultRow(v.title(), "表决结果", null, Boolean.TRUE.equals(v.adopted()) ? "通过" : "未通过"));
        return XlsxExport.download("表决结果-" + v.id(), "表决结果", List.of(
                new XlsxExport.Column<ResultRow>("表决事项", ResultRow::subject, 40),
                XlsxExport.Column.<ResultRow>of("选项", ResultRow::choice),
                XlsxExport.Column.<ResultRow>of("人数", ResultRow::count),
                new XlsxExport.Column<ResultRow>(v.secret() ? "说明（无记名表决不列姓名）" : "姓名", ResultRow::names, 60)), rows);
    }

    private String label(String prefix, BallotChoice c) {
        return messages.getMessage(prefix + c.name(), null, Locale.SIMPLIFIED_CHINESE);
    }
}
