package cn.congress.web.security;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.shared.SystemTask;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first start of a production installation (an empty account table, no demo profile) creates the three
 * separated administrators with random one-time passwords. The passwords never reach the log or the console
 * (ASVS 16.2.5): they are written to a file readable by the operating-system account of the application only
 * ({@code congress.security.first-start-file}, mode 600), whose path the log names. Delete it after handing over.
 */
@Slf4j
@Component
@Profile("!demo")
@RequiredArgsConstructor
class FirstStartAccounts implements ApplicationRunner {

    private static final Map<String, Role> ADMINISTRATORS = Map.of("admin", Role.ADMIN, "secadmin", Role.SECURITY_ADMIN, "auditor", Role.AUDITOR);

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    @Value("${congress.security.first-start-file:./congress-first-start-passwords.txt}")
    private Path file;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        SystemTask.run(() -> ADMINISTRATORS.forEach((username, role) -> {
            String name = switch (role) {
                case ADMIN -> "系统管理员";
                case SECURITY_ADMIN -> "安全管理员";
                default -> "安全审计员";
            };
            var created = accountService.create(username, null, new AccountService.AccountDetails(name, null, null));
            accountService.grant(created.account().getId(), role);
            passwords.put(username + "（" + name + "）", created.initialPassword());
        }));
        write(passwords);
        log.warn("首次启动：已创建三员账户 admin、secadmin、auditor。一次性密码已写入仅运维账户可读的文件 {}（首次登录须修改；交接后请删除该文件）",
                file.toAbsolutePath());
    }

    private void write(Map<String, String> passwords) {
        StringBuilder text = new StringBuilder("# 首次启动生成的一次性密码，首次登录须修改。交接后请删除本文件。\n");
        passwords.forEach((who, password) -> text.append(who).append('\t').append(password).append('\n'));
        try {
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            try {
                Files.createFile(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException noPosixPermissions) {
                // a file system without POSIX permissions (Windows): the directory's own access rules apply
                Files.createFile(absolute);
            }
            Files.writeString(absolute, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("首次启动密码文件已存在，拒绝覆盖：" + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入首次启动密码文件 " + file.toAbsolutePath(), e);
        }
    }
}
