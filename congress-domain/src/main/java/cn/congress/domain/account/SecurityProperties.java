package cn.congress.domain.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Lockout policy: {@code maxFailedAttempts} wrong passwords in a row lock the account for {@code lockDuration}.
 */
@ConfigurationProperties(prefix = "congress.security.lockout")
public record SecurityProperties(Integer maxFailedAttempts, Duration lockDuration) {

    public SecurityProperties {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}
