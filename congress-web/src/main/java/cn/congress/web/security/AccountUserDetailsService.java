package cn.congress.web.security;

import cn.congress.domain.account.MfaService;
import cn.congress.domain.account.SecurityRules;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.rules.Rules;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Service
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final Rules rules;
    private final MfaService mfa;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase();
        return accounts.findByUsername(normalized)
                .map(a -> AccountPrincipal.of(a, clock.instant(), rules.integer(SecurityRules.PASSWORD_MAX_AGE_DAYS), mfa.enabled(a.getId())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
