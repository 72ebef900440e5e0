package cn.congress.web.admin.audit;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditFilter;
import cn.congress.domain.audit.AuditLog;
import cn.congress.web.support.Choice;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;

/** 安全审计员：审计日志查询（只读，应用内没有修改或删除的入口）；系统管理员只看本人的系统日志. */
@Controller
@RequiredArgsConstructor
class AuditController {

    private final AuditLog auditLog;
    private final MessageSource messages;

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(actor, action, targetType, targetId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("targetTypes", targetTypes(auditLog.targetTypes()));
        model.addAttribute("ownOnly", false);
        model.addAttribute("page", auditLog.search(filter,
                PageRequest.of(Math.max(page, 0), 30, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
        return "admin/audit/list";
    }

    /** 系统管理员：只能查看本人操作的系统日志（三员分立：审计日志归安全审计员）. */
    @GetMapping("/admin/syslog")
    String ownLog(@RequestParam(required = false) AuditAction action,
                  @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(null, action, targetType, targetId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("targetTypes", List.of());
        model.addAttribute("ownOnly", true);
        model.addAttribute("page", auditLog.ownActions(filter,
                PageRequest.of(Math.max(page, 0), 30, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
        return "admin/audit/list";
    }

    /** A target type reads as its bundle name where it has one (audit.target.Bill → 法规案), else as recorded. */
    private List<Choice> targetTypes(List<String> types) {
        return types.stream().map(t -> new Choice(t, messages.getMessage("audit.target." + t, null, t, LocaleContextHolder.getLocale()))).toList();
    }
}
