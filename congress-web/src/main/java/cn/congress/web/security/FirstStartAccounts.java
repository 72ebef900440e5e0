package cn.congress.web.security;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccountRepository;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * The first start of a production installation (an empty account table, no demo profile) creates the three
 * separated administrators with random one-time passwords, written once to the log for the installer. There is
 * no account with a known default password; each must set its own password at first login.
 */
@Slf4j
@Component
@Profile("!demo")
@RequiredArgsConstructor
class FirstStartAccounts implements ApplicationRunner {

    private static final Map<String, Role> ADMINISTRATORS = Map.of("admin", Role.ADMIN, "secadmin", Role.SECURITY_ADMIN, "auditor", Role.AUDITOR);

    private final UserAccountRepository accounts;
    private final AccountService accountService;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        ADMINISTRATORS.forEach((username, role) -> {
            String name = switch (role) {
                case ADMIN -> "系统管理员";
                case SECURITY_ADMIN -> "安全管理员";
                default -> "安全审计员";
            };
            var created = accountService.create(username, null, new AccountService.AccountDetails(name, null, null));
            accountService.grant(created.account().getId(), role);
            log.warn("首次启动：已创建{}账户 {}，一次性密码 {}（首次登录须修改）", name, username, created.initialPassword());
        });
    }
}
