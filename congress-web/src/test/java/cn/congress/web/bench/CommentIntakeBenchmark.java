package cn.congress.web.bench;

import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.ConsultationRow;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The load generator for comment intake: public comments posted through the whole application (security filters,
 * abuse guards, validation, duplicate check, insert with its audit row) at a fixed arrival rate, open loop, latency
 * measured from the planned send time so that queueing counts. Each simulated person has its own address and sends
 * at most two comments, so the per-client limits hold as in production. At the end the database must hold exactly
 * the accepted comments. It drives the application in-process (MockMvc): the servlet container's network work is
 * not measured.
 * {@code ./mvnw -B -pl congress-web -am verify -Pbenchmark -Dtest='CommentIntakeBenchmark' -Dsurefire.failIfNoSpecifiedTests=false -Dintake.rate=1000 -Dintake.seconds=60}
 */
@WebIntegrationTest
class CommentIntakeBenchmark {

    @Autowired WebApplicationContext context;
    @Autowired ConsultationQueries queries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void intakeAtAFixedRateLosesNothing() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        int rate = Integer.getInteger("intake.rate", 1000);
        int seconds = Integer.getInteger("intake.seconds", 60);
        int workers = Integer.getInteger("intake.workers", 32);
        ConsultationRow dogs = queries.publicOpen().stream().filter(c -> c.title().contains("养犬")).findFirst().orElseThrow();
        String url = "/public/drafts/" + dogs.id();
        String startedAt = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)).andReturn()
                .getResponse().getContentAsString().replaceAll("(?s).*name=\"startedAt\" value=\"([^\"]+)\".*", "$1");
        long before = jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ?", Long.class, dogs.id());
        int total = rate * seconds;
        long[] latency = new long[total];
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        for (int i = 0; i < total; i++) {
            int n = i;
            long planned = start + n * intervalNanos;
            pool.execute(() -> {
                long wait = planned - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                String client = "10." + (n / 2 / 65536 % 256) + "." + (n / 2 / 256 % 256) + "." + (n / 2 % 256);
                try {
                    MvcResult r = mvc.perform(post(url).with(csrf()).with(req -> {
                                req.setRemoteAddr(client);
                                return req;
                            }).param("startedAt", startedAt).param("website", "").param("articleNo", String.valueOf(1 + n % 14))
                            .param("body", "压测意见第" + n + "条：建议对本条作进一步明确。")).andReturn();
                    String location = r.getResponse().getRedirectedUrl();
                    if (r.getResponse().getStatus() == 302 && location != null && location.startsWith("/public/drafts/receipt?code=")) {
                        accepted.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                latency[n] = System.nanoTime() - planned;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS)).isTrue();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long stored = jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ?", Long.class, dogs.id()) - before;
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        System.out.printf("[benchmark] intake: planned %d/s for %d s (%d workers); %,d accepted, %,d refused, %,d stored; %.1f s to finish (%.0f accepted/s)%n",
                rate, seconds, workers, accepted.get(), failed.get(), stored, elapsed, accepted.get() / elapsed);
        System.out.printf("[benchmark] intake latency from planned send: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted[total / 2] / 1e6, sorted[(int) (total * 0.95)] / 1e6, sorted[(int) (total * 0.99)] / 1e6, sorted[total - 1] / 1e6);
        assertThat(stored).as("every accepted comment is stored, and nothing else").isEqualTo(accepted.get());
    }
}
