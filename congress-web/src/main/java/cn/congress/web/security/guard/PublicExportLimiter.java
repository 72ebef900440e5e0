package cn.congress.web.security.guard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Duration;

/**
 * Rate limit of the anonymous spreadsheet exports (issue 9): each one reads up to {@code XlsxExport.MAX_ROWS} rows, so
 * a client address gets a few per quarter hour; past that the answer is 429 with the Chinese page.
 */
@Component
public class PublicExportLimiter {

    private final Clock clock;
    private final KeyedBuckets perClient;

    PublicExportLimiter(Clock clock, @Value("${congress.public-export.per-quarter-hour:5}") int perQuarterHour) {
        this.clock = clock;
        this.perClient = new KeyedBuckets(perQuarterHour, Duration.ofMinutes(15), 100_000);
    }

    /** Takes one export from the client's allowance, or refuses with 429. */
    public void acquire(HttpServletRequest request) {
        if (perClient.take(request.getRemoteAddr(), clock.millis()) > 0) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "导出过于频繁");
        }
    }
}
