package cn.congress.web.admin.audit;

import cn.congress.domain.audit.AuditChain;
import cn.congress.domain.audit.ChainReport;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 安全审计员：审计日志完整性（哈希链校验、保存期限清理的检查点）. */
@Controller
@RequiredArgsConstructor
class AuditChainController {

    private final AuditChain chain;

    @GetMapping("/admin/audit/chain")
    String show(Model model) {
        model.addAttribute("report", chain.inspect());
        return "admin/audit/chain";
    }

    /** Links the rows written since the sealer last ran, then shows the chain verified to its head. */
    @PostMapping("/admin/audit/chain")
    String verify(RedirectAttributes redirect) {
        ChainReport report = chain.verify();
        redirect.addFlashAttribute(report.intact() ? "message" : "error",
                report.intact() ? "校验完成：审计日志完整。" : "校验完成：审计日志完整性遭到破坏，见下方说明。");
        return "redirect:/admin/audit/chain";
    }
}
