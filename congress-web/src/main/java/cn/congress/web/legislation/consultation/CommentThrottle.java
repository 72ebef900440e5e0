package cn.congress.web.legislation.consultation;

import cn.congress.web.security.guard.PublicFormThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * The limits of the public comment form: the shared {@link PublicFormThrottle} (a burst bucket, then the CAPTCHA
 * after a number of accepted comments) with this feature's settings.
 */
@Component
class CommentThrottle extends PublicFormThrottle {

    CommentThrottle(Clock clock,
                    @Value("${congress.consultation.burst:10}") int capacity,
                    @Value("${congress.consultation.per-minute:10}") double perMinute,
                    @Value("${congress.consultation.captcha-after:3}") int captchaThreshold,
                    @Value("${congress.consultation.captcha-window-minutes:10}") long captchaWindowMinutes) {
        super(clock, capacity, perMinute, captchaThreshold, Duration.ofMinutes(captchaWindowMinutes));
    }
}
