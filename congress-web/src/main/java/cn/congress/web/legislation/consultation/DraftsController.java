package cn.congress.web.legislation.consultation;

import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.consultation.AccountDraft;
import cn.congress.legislation.consultation.CommentIntake;
import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.Receipt;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;

/**
 * 征求意见稿 for logged-in readers: deputies and members read and comment from their accounts; contact points read
 * their assigned drafts and send the opinions gathered at meetings in bulk (many rows, or an .xlsx), previewed row by
 * row, saved only when confirmed.
 */
@Controller
@RequiredArgsConstructor
class DraftsController {

    private final ConsultationQueries queries;
    private final CommentIntake intake;

    record AccountCommentForm(@Min(value = 1, message = "请选择条文") Integer articleNo,
                              @NotBlank(message = "请填写意见内容") @Size(max = 2000, message = "意见内容不能超过2000字") String body) {
    }

    @GetMapping("/drafts")
    String list(Model model) {
        model.addAttribute("drafts", queries.forAccount());
        return "consultation/drafts";
    }

    @GetMapping("/drafts/{id}")
    String draft(@PathVariable long id, @RequestParam(required = false) Integer article, Model model) {
        model.addAttribute("comment", new AccountCommentForm(article, ""));
        model.addAttribute("batch", BatchForm.empty());
        return page(id, model);
    }

    @PostMapping("/drafts/{id}/comments")
    String comment(@PathVariable long id, @Valid @ModelAttribute("comment") AccountCommentForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Receipt r = intake.submitFromAccount(id, form.articleNo(), form.body());
                redirect.addFlashAttribute("message", "意见已提交（回执号" + r.code() + "），将在意见整理中标明您的身份。");
                return "redirect:/drafts/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        model.addAttribute("batch", BatchForm.empty());
        return page(id, model);
    }

    @PostMapping("/drafts/{id}/batch")
    String batch(@PathVariable long id, @ModelAttribute("batch") BatchForm form, @RequestParam(required = false) @Size(max = 16, message = "确认不能超过16字") String confirm,
                 Model model, RedirectAttributes redirect) {
        BatchForm rows = form.withoutBlankRows();
        if (confirm != null) {
            try {
                List<Receipt> receipts = intake.submitBatch(id, rows.toRows());
                redirect.addFlashAttribute("message", "已报送" + receipts.size() + "条意见。");
                return "redirect:/drafts/" + id;
            } catch (DomainException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return preview(id, rows, model);
    }

    @PostMapping("/drafts/{id}/batch/upload")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            return preview(id, BatchWorkbook.read(file), model);
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("comment", new AccountCommentForm(null, ""));
            model.addAttribute("batch", BatchForm.empty());
            return page(id, model);
        }
    }

    @GetMapping("/drafts/{id}/batch/template.xlsx")
    ResponseEntity<StreamingResponseBody> template(@PathVariable long id) {
        queries.accountDraft(id);
        List<XlsxExport.Column<String[]>> columns = java.util.stream.IntStream.range(0, BatchWorkbook.HEADERS.length)
                .mapToObj(i -> XlsxExport.Column.<String[]>of(BatchWorkbook.HEADERS[i], row -> row[i])).toList();
        return XlsxExport.download("联系点意见汇总表", "意见", columns,
                List.<String[]>of(new String[]{"3", "（示例）建议第三条增加……", "某社区立法意见座谈会", "12"}));
    }

    private String preview(long id, BatchForm rows, Model model) {
        List<String> problems = intake.checkBatch(id, rows.toRows());
        model.addAttribute("draft", queries.accountDraft(id));
        model.addAttribute("batch", rows);
        model.addAttribute("problems", problems);
        return "consultation/batch-preview";
    }

    private String page(long id, Model model) {
        AccountDraft draft = queries.accountDraft(id);
        model.addAttribute("draft", draft);
        model.addAttribute("view", draft.view());
        return "consultation/draft";
    }
}
