package cn.congress.web.demo;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.shared.SystemTask;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates demo accounts with the documented password. They are exempt from the first-login change because the
 * README publishes their password; real accounts are created through the administrator's form. The three demo
 * administrators, who must give a second factor, are enrolled with the documented {@link #ADMIN_TOTP_SECRET} by
 * {@link DemoAdministratorsTotp}; production administrators enrol their own phone.
 */
@Component
@RequiredArgsConstructor
public class DemoAccounts {

    public static final String PASSWORD = "Demo@2026";
    /**
     * The authenticator secret of the demo administrators (base32, published in the README like the password): demo
     * data only, never used by the production first start ({@code FirstStartAccounts}).
     */
    public static final String ADMIN_TOTP_SECRET = "DEMOADMINTOTPKEYFORLOCALTESTONLY";

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final PasswordEncoder passwordEncoder;
    private String encodedPassword;

    public UserAccount create(String username, String displayName, OrgUnit org, Role... roles) {
        if (encodedPassword == null) {
            encodedPassword = passwordEncoder.encode(PASSWORD);
        }
        UserAccount account = new UserAccount(username, displayName, encodedPassword, org);
        account.waiveFirstLoginChange();
        account = accounts.save(account);
        long id = account.getId();
        // Granting is the security administrator's; demo data do it as the system.
        SystemTask.run(() -> {
            for (Role role : roles) {
                accountService.grant(id, role);
            }
        });
        return account;
    }
}
