package cn.congress.domain.audit;

import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.org.OrgUnitService.OrgDetails;
import cn.congress.domain.account.AccountService;
import cn.congress.testsupport.CongressTest;
import cn.congress.domain.shared.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
class AuditLogTest {

    @Autowired
    OrgUnitService orgUnits;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyChangeOfBusinessDataIsRecordedWithBeforeAndAfter() {
        var unit = orgUnits.create("AUD-1", new OrgDetails("示例市审计局", "审计局", OrgType.GOVERNMENT_DEPARTMENT, null, 5));
        orgUnits.update(unit.getId(), unit.getVersion(), new OrgDetails("示例市审计局（新）", "审计局", OrgType.GOVERNMENT_DEPARTMENT, null, 6));

        var history = auditLog.historyOf("OrgUnit", unit.getId());
        assertThat(history).extracting(AuditEntryView::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        AuditEntryView update = history.get(0);
        assertThat(update.actorUsername()).isEqualTo("system");
        assertThat(update.beforeValue()).contains("示例市审计局").contains("\"sortOrder\": 5");
        assertThat(update.afterValue()).contains("示例市审计局（新）").contains("6");
        assertThat(update.afterValue()).doesNotContain("version").doesNotContain("updatedAt");
    }

    @Test
    void passwordHashesNeverReachTheLog() {
        var created = SystemTask.call(() -> accounts.create("audit.pw", null, new AccountService.AccountDetails("审计测试", null, null)));
        SystemTask.call(() -> accounts.resetPassword(created.account().getId()));

        String all = String.join(" ", jdbc.queryForList("select coalesce(before_value::text, '') || coalesce(after_value::text, '') "
                + "from audit_entry where target_type = 'UserAccount' and target_id = ?", String.class, created.account().getId().toString()));
        assertThat(all).contains("******").doesNotContain("{bcrypt}");
    }

    @Test
    void theLogIsAppendOnly() {
        auditLog.record(AuditAction.EXPORT, "Test", 1, "导出测试");
        assertThatThrownBy(() -> jdbc.update("update audit_entry set summary = 'changed'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("只能追加");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("只能追加");
        assertThatThrownBy(() -> jdbc.update("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("只能追加");
    }

    @Test
    void entriesCanBeFilteredByActorActionTargetAndDate() {
        auditLog.record(AuditAction.EXPORT, "Report", 77, "导出报表");
        var page = SystemTask.call(() -> auditLog.search(new AuditFilter("SYS", AuditAction.EXPORT, "Report", "77", null, null), PageRequest.of(0, 10)));
        assertThat(page.getContent()).singleElement().extracting(AuditEntryView::summary).isEqualTo("导出报表");
    }
}
