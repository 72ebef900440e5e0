package cn.congress.domain.account;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.SystemTask;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Disables accounts not used for the rules' number of days (等保 8.1.4.2 c, checklist C12), each audited, and their
 * sessions end. The three administrators are left to each other (a dormant administrator is reported by the
 * auditor), so that the job can never leave the system without one. Also forgets stale login counters.
 */
@Component
@RequiredArgsConstructor
public class DormantAccountsJob {

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final LoginLocks locks;
    private final Rules rules;
    private final AuditLog auditLog;
    private final Clock clock;

    @Scheduled(cron = "${congress.jobs.dormant.cron:0 15 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "dormant-accounts", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void runScheduled() {
        SystemTask.run(this::run);
    }

    /** Returns how many accounts were disabled. */
    @Transactional
    public int run() {
        int days = rules.integer(SecurityRules.DORMANT_DAYS);
        Timestamp before = Timestamp.from(clock.instant().minus(Duration.ofDays(days)));
        List<Long> dormant = jdbc.queryForList("""
                select u.id from user_account u
                where u.enabled and coalesce(u.last_login_at, u.created_at) < ?
                  and not exists (select 1 from user_role r where r.user_id = u.id and r.role in ('ADMIN', 'SECURITY_ADMIN', 'AUDITOR'))
                """, Long.class, before);
        dormant.forEach(id -> accounts.applyEnabled(accounts.get(id), false));
        int forgotten = locks.forgetStale();
        auditLog.record(AuditAction.JOB_RUN, "DormantAccountsJob", null,
                "休眠账户检查：停用 " + dormant.size() + " 个超过" + days + "天未登录的账户，清理 " + forgotten + " 条过期登录计数");
        return dormant.size();
    }
}
