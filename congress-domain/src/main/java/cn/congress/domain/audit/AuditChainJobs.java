package cn.congress.domain.audit;

import cn.congress.domain.shared.SystemTask;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The audit chain's scheduled work: link new rows every half minute, verify the whole chain every night (a break is
 * itself an audit entry the auditor sees), and apply the retention rule after that.
 */
@Component
@RequiredArgsConstructor
class AuditChainJobs {

    private final AuditChain chain;
    private final AuditRetention retention;
    private final AuditLog auditLog;

    @Scheduled(fixedDelayString = "${congress.jobs.audit-seal.delay:30s}", initialDelayString = "${congress.jobs.audit-seal.delay:30s}")
    void seal() {
        SystemTask.run(chain::seal);
    }

    @Scheduled(cron = "${congress.jobs.audit-verify.cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "audit-verify", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void verifyAndRetain() {
        SystemTask.run(() -> {
            chain.seal();
            ChainReport report = chain.check();
            if (report.intact()) {
                auditLog.record(AuditAction.JOB_RUN, "AuditChain", null, "审计日志完整性校验：" + report.linksChecked()
                        + " 条记录完整，链尾序号 " + report.headSeq());
            } else {
                auditLog.record(AuditAction.AUDIT_CHAIN_BROKEN, "AuditChain", report.problemEntryId(),
                        "审计日志完整性校验失败：" + report.problem() + "，链序号 " + report.problemSeq()
                                + "，审计记录 " + report.problemEntryId());
            }
            retention.run();
        });
    }
}
