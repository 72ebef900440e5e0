package cn.congress.web.livelihood;

import cn.congress.web.security.guard.PublicFormThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * The limits of residents' anonymous proposals: the same guard as the public comment form (a burst bucket, then the
 * application's CAPTCHA after a few accepted proposals from one address), besides the honeypot.
 */
@Component
class ProposalThrottle extends PublicFormThrottle {

    ProposalThrottle(Clock clock,
                     @Value("${congress.livelihood.public.burst:5}") int burst,
                     @Value("${congress.livelihood.public.per-minute:5}") double perMinute,
                     @Value("${congress.livelihood.public.captcha-after:3}") int captchaAfter,
                     @Value("${congress.livelihood.public.captcha-window-minutes:30}") long captchaWindowMinutes) {
        super(clock, burst, perMinute, captchaAfter, Duration.ofMinutes(captchaWindowMinutes));
    }
}
