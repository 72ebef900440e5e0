package cn.congress.web.session;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.member.ScMemberService;
import cn.congress.domain.member.ScPosition;
import cn.congress.domain.shared.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** 常委会组成人员: staff keep the term's members, their positions and the accounts they vote from. */
@Controller
@RequestMapping("/sessions/members")
@RequiredArgsConstructor
class MemberController {

    private static final String LIST = "sessions/members";
    private static final String FORM = "sessions/member-form";

    private final ScMemberService members;
    private final AccountService accounts;

    record MemberForm(
            @NotBlank(message = "{sessions.required}") @Size(max = 64, message = "{sessions.too-long}") String name,
            @NotNull(message = "{sessions.required}") ScPosition position,
            Long userAccountId,
            @NotNull(message = "{sessions.required}") @Min(0) @Max(9999) Integer sortOrder,
            Long version) {

        static MemberForm empty() {
            return new MemberForm("", ScPosition.MEMBER, null, 100, null);
        }

        static MemberForm of(ScMemberService.Member m) {
            return new MemberForm(m.name(), m.position(), m.userAccountId(), m.sortOrder(), m.version());
        }

        ScMemberService.Details details() {
            return new ScMemberService.Details(name, position, userAccountId, sortOrder);
        }
    }

    @ModelAttribute("positions")
    ScPosition[] positions() {
        return ScPosition.values();
    }

    /** An account a member may vote from, as the form offers it. */
    record AccountOption(long id, String username, String displayName) {
    }

    /** The accounts holding the member role, to choose the one a member votes from. */
    @ModelAttribute("memberAccounts")
    List<AccountOption> memberAccounts() {
        return accounts.search(null, null, Role.MEMBER, true, PageRequest.of(0, 500, Sort.by("username"))).getContent().stream()
                .map(a -> new AccountOption(a.id(), a.username(), a.displayName())).toList();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rows", members.roster());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MemberForm.empty());
        }
        return LIST;
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(model);
        }
        try {
            members.add(form.details());
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return list(model);
        }
        redirect.addFlashAttribute("message", "已登记：" + form.name().trim());
        return "redirect:/sessions/members";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ScMemberService.Member m = members.view(id);
        model.addAttribute("member", m);
        model.addAttribute("form", MemberForm.of(m));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("member", members.view(id));
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            members.update(id, form.version() == null ? -1 : form.version(), form.details());
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return FORM;
        }
        redirect.addFlashAttribute("message", "已保存：" + form.name().trim());
        return "redirect:/sessions/members";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        members.deactivate(id, version);
        redirect.addFlashAttribute("message", "已登记离任，此后召开的会议不再计入该组成人员");
        return "redirect:/sessions/members";
    }
}
