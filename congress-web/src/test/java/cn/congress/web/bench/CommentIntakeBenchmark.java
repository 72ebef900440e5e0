package cn.congress.web.bench;

import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.ConsultationRow;
import cn.congress.testsupport.Benchmarks;
import cn.congress.testsupport.SqlCounter;
import cn.congress.web.WebIntegrationTest;
import cn.congress.web.security.guard.FillTimer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The load generator for comment intake: public comments posted through the whole application (security filters,
 * abuse guards, validation, duplicate check, insert with its counters and audit row) at a fixed arrival rate, open
 * loop. One dispatcher thread sends at the planned instants with at most {@code intake.in-flight} requests under way
 * (a worker pool of that size, nothing queued beyond it); each latency is measured from the request's planned send
 * time, so time spent waiting for a free slot counts (no coordinated omission). If the application falls more than
 * {@code intake.max-lag-seconds} behind the plan, the run stops sending and reports what was reached instead of
 * running on for minutes. Each simulated person has its own address and sends at most two comments, so the
 * per-client limits hold as in production. At the end the database must hold exactly the accepted comments.
 * <p>
 * It drives the application in-process (MockMvc, the bodies and addresses built before the clock starts): on a
 * 2-core machine an HTTP client would take its CPU from the application it measures; the servlet container's
 * network work is therefore not measured. Settings (system properties): {@code intake.rate} (per second),
 * {@code intake.seconds}, {@code intake.in-flight}, {@code intake.warmup-seconds}, {@code intake.max-lag-seconds}.
 * {@code ./mvnw -B -o -Pbenchmark -pl congress-web -am verify -Dtest='CommentIntakeBenchmark' -Dsurefire.failIfNoSpecifiedTests=false -Dintake.rate=1000 -Dintake.seconds=60}
 * ({@link CommentIntakeBenchmarkSmokeTest} runs it small in the normal suite and checks only that nothing is lost).
 */
@WebIntegrationTest
class CommentIntakeBenchmark {

    @Autowired WebApplicationContext context;
    @Autowired ConsultationQueries queries;
    @Autowired JdbcTemplate jdbc;
    @Autowired FillTimer fillTimer;
    @Autowired Clock clock;

    /** What one phase sent and how it went. */
    record Phase(int planned, int sent, int accepted, int refused, long[] latencies, double seconds) {

        double acceptedPerSecond() {
            return accepted / seconds;
        }

        double percentile(double p) {
            long[] sorted = Arrays.copyOf(latencies, sent);
            Arrays.sort(sorted);
            return sent == 0 ? 0 : sorted[Math.min(sent - 1, (int) Math.ceil(sent * p) - 1)] / 1e6;
        }
    }

    @Test
    void intakeAtAFixedRateLosesNothing() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        int rate = Integer.getInteger("intake.rate", Benchmarks.size(1000, 100));
        int seconds = Integer.getInteger("intake.seconds", Benchmarks.size(60, 2));
        int inFlight = Integer.getInteger("intake.in-flight", 16);
        int warmup = Integer.getInteger("intake.warmup-seconds", Benchmarks.size(10, 1));
        int maxLag = Integer.getInteger("intake.max-lag-seconds", 15);
        ConsultationRow dogs = queries.publicOpen().stream().filter(c -> c.title().contains("养犬")).findFirst().orElseThrow();
        String url = "/public/drafts/" + dogs.id();
        // a form served a minute ago: a person has had time to type
        String startedAt = fillTimer.issueAt(clock.instant().minusSeconds(60));
        long before = stored(dogs.id());

        // what one accepted submission costs in statements once the first one has been through: alone, it is a batch
        // of one of the group commit (counted on every thread: the writer thread runs them)
        assertThat(send(mvc, url, startedAt, "192.168.0.1", 1, "第一条预热意见。")).isTrue();
        long counted = SqlCounter.total();
        assertThat(send(mvc, url, startedAt, "192.168.0.2", 1, "统计语句数的意见。")).isTrue();
        System.out.printf("[benchmark] intake: one accepted public comment alone runs %d SQL statements%n", SqlCounter.total() - counted);

        // the JIT and the pools warm up at the same rate, on addresses of their own
        Phase warm = run(mvc, url, startedAt, rate, warmup, inFlight, maxLag, "172.16.");
        System.out.printf("[benchmark] intake warm-up: %,d sent in %.1f s, median %.1f ms%n", warm.sent(), warm.seconds(), warm.percentile(0.5));

        String loadBefore = loadAverage();
        long jvmCpu = jvmCpuNanos();
        long dbCpu = databaseCpuTicks();
        long statements = SqlCounter.total();
        long commits = commits();
        Phase p = run(mvc, url, startedAt, rate, seconds, inFlight, maxLag, "10.");
        jvmCpu = jvmCpuNanos() - jvmCpu;
        dbCpu = databaseCpuTicks() - dbCpu;
        statements = SqlCounter.total() - statements;
        commits = commits() - commits;
        System.out.printf("[benchmark] intake: %.2f SQL statements and %.3f commits per accepted comment during the run (group commit)%n",
                statements / (double) Math.max(1, p.accepted()), commits / (double) Math.max(1, p.accepted()));
        String loadAfter = loadAverage();
        // CPU spent per comment does not depend on what else the machine runs: 2 cores can take at most
        // 2,000 ms / (JVM + database ms per comment) comments a second, generator included
        double jvmMs = jvmCpu / 1e6 / Math.max(1, p.sent());
        double dbMs = dbCpu * 10.0 / Math.max(1, p.sent());
        System.out.printf("[benchmark] intake CPU per comment: JVM (application and generator) %.2f ms, PostgreSQL backends %.2f ms;"
                + " ceiling on 2 cores %.0f comments/s%n", jvmMs, dbMs, 2000 / (jvmMs + dbMs));
        long stored = stored(dogs.id()) - before - 2 - warm.accepted();
        System.out.printf("[benchmark] intake: planned %,d/s for %d s (%d in flight at most); sent %,d of %,d; %,d accepted, %,d refused, %,d stored;"
                        + " %.1f s to finish: %.0f accepted/s; load average %s before, %s after%n",
                rate, seconds, inFlight, p.sent(), p.planned(), p.accepted(), p.refused(), stored, p.seconds(), p.acceptedPerSecond(), loadBefore, loadAfter);
        System.out.printf("[benchmark] intake latency from planned send: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                p.percentile(0.5), p.percentile(0.95), p.percentile(0.99), p.percentile(1.0));
        String size = String.format("%,d/s planned for %d s, %.0f accepted/s, p99 %.1f ms", rate, seconds, p.acceptedPerSecond(), p.percentile(0.99));
        Benchmarks.report("CommentIntakeBenchmark: public comment", size, Arrays.copyOf(p.latencies(), p.sent()),
                ">= 1,000 accepted/s for 60 s, p99 < 250 ms");

        assertThat(stored).as("every accepted comment is stored, and nothing else").isEqualTo(p.accepted());
        assertThat(p.refused()).as("refused submissions").isZero();
        if (Benchmarks.full()) {
            assertThat(p.sent()).as("the plan was kept to the end (not abandoned for lagging %d s behind)", maxLag).isEqualTo(p.planned());
            assertThat(p.acceptedPerSecond()).as("accepted per second").isGreaterThanOrEqualTo(rate * 0.98);
            assertThat(p.percentile(0.99)).as("p99 latency, ms").isLessThan(250);
        }
    }

    /** Sends {@code rate × seconds} comments at their planned instants and waits for the last answer. */
    private Phase run(MockMvc mvc, String url, String startedAt, int rate, int seconds, int inFlight, int maxLagSeconds, String network)
            throws InterruptedException {
        int total = rate * seconds;
        // everything a request needs is built before the clock starts
        String[] clients = new String[total];
        String[] bodies = new String[total];
        for (int n = 0; n < total; n++) {
            clients[n] = network + (n / 2 / 65536 % 256) + "." + (n / 2 / 256 % 256) + "." + (n / 2 % 256);
            bodies[n] = "压测意见" + network + n + "：建议对本条作进一步明确。";
        }
        long[] latency = new long[total];
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Semaphore slots = new Semaphore(inFlight);
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        long interval = 1_000_000_000L / rate;
        long maxLag = TimeUnit.SECONDS.toNanos(maxLagSeconds);
        long start = System.nanoTime() + 50_000_000L;
        int sent = 0;
        for (int i = 0; i < total; i++) {
            long planned = start + i * interval;
            long wait;
            while ((wait = planned - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            slots.acquire();
            if (System.nanoTime() - planned > maxLag) {
                slots.release();
                System.out.printf("[benchmark] intake: %d s behind the plan after %,d of %,d comments; stopped sending%n", maxLagSeconds, i, total);
                break;
            }
            int n = i;
            sent++;
            pool.execute(() -> {
                try {
                    if (send(mvc, url, startedAt, clients[n], 1 + n % 14, bodies[n])) {
                        accepted.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                    }
                } catch (Exception e) {
                    refused.incrementAndGet();
                } finally {
                    latency[n] = System.nanoTime() - planned;
                    slots.release();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Phase(total, sent, accepted.get(), refused.get(), latency, elapsed);
    }

    /** One public comment; true when it was accepted (redirected to its receipt). */
    private static boolean send(MockMvc mvc, String url, String startedAt, String client, int article, String body) throws Exception {
        MvcResult r = mvc.perform(post(url).with(csrf()).with(req -> {
                    req.setRemoteAddr(client);
                    return req;
                }).param("startedAt", startedAt).param("website", "").param("articleNo", String.valueOf(article)).param("body", body)
                        .param("name", "").param("contact", ""))
                .andReturn();
        String location = r.getResponse().getRedirectedUrl();
        return r.getResponse().getStatus() == 302 && location != null && location.startsWith("/public/drafts/receipt?code=");
    }

    private long stored(long consultationId) {
        return jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ?", Long.class, consultationId);
    }

    /** Transactions committed in this database so far (pg_stat_database, as the statistics collector last saw them). */
    private long commits() {
        jdbc.execute("select pg_stat_clear_snapshot()");
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()", Long.class);
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** User and system time (clock ticks of 10 ms) of the PostgreSQL backends serving this database, when on this machine. */
    private long databaseCpuTicks() {
        long ticks = 0;
        for (Integer pid : jdbc.queryForList("select pid from pg_stat_activity where datname = current_database()", Integer.class)) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception notHere) {
                // the database runs elsewhere, or the backend has gone: its time is not counted
            }
        }
        return ticks;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
