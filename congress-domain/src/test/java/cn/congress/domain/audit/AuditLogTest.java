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

    /**
     * C24: the audit entry is written in the transaction of the change it records, so an audit store that refuses the
     * entry fails the operation too (fail closed). The failure is injected by a trigger that refuses this one entry.
     */
    @Test
    void whenTheAuditEntryCannotBeWrittenTheChangeItRecordsIsNotMadeEither() {
        jdbc.execute("""
                create function c24_refuse_audit() returns trigger language plpgsql as $$
                begin
                    if row_to_json(new)::text like '%AUD-C24%' then
                        raise exception 'audit store unavailable';
                    end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger c24_refuse_audit before insert on audit_entry for each row execute function c24_refuse_audit()");
        try {
            assertThatThrownBy(() -> orgUnits.create("AUD-C24", new OrgDetails("示例市审计失败局", "失败局", OrgType.GOVERNMENT_DEPARTMENT, null, 7)))
                    .hasStackTraceContaining("audit store unavailable");
            assertThat(jdbc.queryForObject("select count(*) from org_unit where code = 'AUD-C24'", Long.class)).isZero();
        } finally {
            jdbc.execute("drop trigger c24_refuse_audit on audit_entry");
            jdbc.execute("drop function c24_refuse_audit()");
        }
        var unit = orgUnits.create("AUD-C24", new OrgDetails("示例市审计失败局", "失败局", OrgType.GOVERNMENT_DEPARTMENT, null, 7));
        assertThat(auditLog.historyOf("OrgUnit", unit.getId())).extracting(AuditEntryView::action).containsExactly(AuditAction.CREATE);
    }
}
