package cn.congress.web.support.excel;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Every spreadsheet download is an audit entry (issue 9: who exported what, how many rows). {@link XlsxExport} is a
 * static utility that every list page calls, so it reaches the audit log through this bean, registered at start-up.
 */
@Component
class ExportAudit {

    private static volatile AuditLog auditLog;

    ExportAudit(AuditLog log) {
        auditLog = log;
    }

    /** Records the finished export; the actor was taken on the request thread (the rows are written on another). */
    static void exported(Actor actor, String fileName, int rows, boolean truncated) {
        AuditLog log = auditLog;
        if (log == null) {
            return;
        }
        log.recordAs(actor, AuditAction.EXPORT, "Export", null, "导出“" + fileName + "”，共 " + rows + " 行"
                + (truncated ? "（已达导出上限，其余未导出）" : ""), null, null);
    }
}
