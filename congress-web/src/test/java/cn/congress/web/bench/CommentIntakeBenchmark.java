package cn.congress.web.bench;

import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.ConsultationRow;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generator for comment intake: public comments posted over HTTP (CSRF and session like a browser, one
 * session per simulated person) at a fixed arrival rate, open loop, latency measured from the planned send time so
 * that queueing counts. At the end the database must hold exactly the accepted comments. The per-client limits are
 * raised because every simulated person comes from 127.0.0.1.
 * {@code ./mvnw -B -pl congress-web -am verify -Pbenchmark -Dtest='CommentIntakeBenchmark' -Dsurefire.failIfNoSpecifiedTests=false -Dintake.rate=1000 -Dintake.seconds=60}
 */
@WebIntegrationTest
@TestPropertySource(properties = {"congress.consultation.burst=100000000", "congress.consultation.per-minute=100000000",
        "congress.consultation.captcha-after=100000000", "server.tomcat.threads.max=64"})
class CommentIntakeBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STARTED = Pattern.compile("name=\"startedAt\" value=\"([^\"]+)\"");
    private static final int PEOPLE = 200;

    @LocalServerPort int port;
    @Autowired ConsultationQueries queries;
    @Autowired JdbcTemplate jdbc;

    record Person(HttpClient client, String csrf, String startedAt) {
    }

    @Test
    void intakeAtAFixedRateLosesNothing() throws Exception {
        int rate = Integer.getInteger("intake.rate", 1000);
        int seconds = Integer.getInteger("intake.seconds", 60);
        ConsultationRow dogs = queries.publicOpen().stream().filter(c -> c.title().contains("养犬")).findFirst().orElseThrow();
        String url = "http://127.0.0.1:" + port + "/public/drafts/" + dogs.id();
        ExecutorService pool = Executors.newFixedThreadPool(256);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).executor(pool).connectTimeout(Duration.ofSeconds(5)).build();
            String page = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            people.add(new Person(client, find(CSRF, page), find(STARTED, page)));
        }
        long before = jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ?", Long.class, dogs.id());
        int total = rate * seconds;
        long[] latency = new long[total];
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + 200_000_000L;
        long intervalNanos = 1_000_000_000L / rate;
        AtomicInteger next = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            int i;
            while ((i = next.get()) < total && start + i * intervalNanos <= now && next.compareAndSet(i, i + 1)) {
                int n = i;
                long planned = start + n * intervalNanos;
                Person p = people.get(n % PEOPLE);
                String form = "_csrf=" + enc(p.csrf()) + "&startedAt=" + enc(p.startedAt()) + "&website=&articleNo=" + (1 + n % 14)
                        + "&body=" + enc("压测意见第" + n + "条：建议对本条作进一步明确。");
                HttpRequest post = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build();
                p.client().sendAsync(post, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    latency[n] = System.nanoTime() - planned;
                    String location = r == null ? null : r.headers().firstValue("Location").orElse(null);
                    if (e == null && r.statusCode() == 302 && location != null && location.contains("/public/drafts/receipt?code=")) {
                        accepted.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    done.incrementAndGet();
                });
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        long deadline = System.nanoTime() + (seconds + 120L) * 1_000_000_000L;
        while (done.get() < total && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        ticker.shutdownNow();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long stored = jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ?", Long.class, dogs.id()) - before;
        long[] sorted = Arrays.copyOf(latency, (int) done.get());
        Arrays.sort(sorted);
        System.out.printf("[benchmark] intake: planned %d/s for %d s; %,d sent, %,d accepted, %,d failed, %,d stored, %.1f s elapsed (%.0f accepted/s)%n",
                rate, seconds, done.get(), accepted.get(), failed.get(), stored, elapsed, accepted.get() / elapsed);
        if (sorted.length > 0) {
            System.out.printf("[benchmark] intake latency from planned send: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                    sorted[sorted.length - 1] / 1e6);
        }
        pool.shutdownNow();
        assertThat(stored).as("every accepted comment is stored, and nothing else").isEqualTo(accepted.get());
    }

    private static String find(Pattern p, String page) {
        Matcher m = p.matcher(page);
        assertThat(m.find()).as(p.pattern()).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
