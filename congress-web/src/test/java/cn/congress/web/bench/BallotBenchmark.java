package cn.congress.web.bench;

import cn.congress.web.Logins;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.member.ScMember;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.domain.member.ScMemberService;
import cn.congress.domain.member.ScPosition;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.AgendaItem;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteService;
import cn.congress.testsupport.Benchmarks;
import cn.congress.web.WebIntegrationTest;
import cn.congress.web.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 participants, each logged in with their own session, cast their ballot over HTTP within the same 5 seconds
 * (one every 10 ms, up to 100 in flight), after a warm-up vote in which the first 100 of them vote. Every ballot must be stored exactly once; prints the median and p95 latency
 * of the ballot request ({@link BallotBenchmarkSmokeTest}: 12 participants, ballots checked only, in the normal suite). Run with
 * {@code ./mvnw -B -pl congress-web -am verify -Pbenchmark -Dtest='BallotBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@WebIntegrationTest
class BallotBenchmark {

    private static final int PARTICIPANTS = Benchmarks.size(500, 12);
    /** Milliseconds between two participants' ballots; {@code -Dballot.spacing-ms=5} crowds them into 2.5 seconds. */
    private static final int SPACING_MS = Integer.getInteger("ballot.spacing-ms", 10);
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("CONGRESS_SESSION=([^;]+)");

    @LocalServerPort int port;
    @Autowired DemoAccounts demoAccounts;
    @Autowired OrgUnitRepository orgUnits;
    @Autowired ScMemberService memberService;
    @Autowired ScMemberRepository members;
    @Autowired SessionService sessions;
    @Autowired VoteService votes;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Voter(String cookie, String csrf) {
    }

    @Test
    void fiveHundredParticipantsCastTheirBallotsWithinSeconds() throws Exception {
        Logins.asSystem(); // the set-up and the closing are done directly on the services, as the system
        var sc = orgUnits.findByCode("SC").orElseThrow();
        List<String> usernames = new ArrayList<>();
        List<Long> benchMembers = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String username = "bench" + i;
            UserAccount a = demoAccounts.create(username, "测试" + i, sc, Role.MEMBER);
            benchMembers.add(memberService.add("测试" + i, ScPosition.MEMBER, a.getId(), 1000 + i).getId());
            usernames.add(username);
        }
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, "基准测试", false));
        for (Long id : benchMembers) {
            ScMember member = members.findById(id).orElseThrow();
            member.leave();
            members.save(member);
        }
        AgendaItem item = sessions.addAgendaItem(m.getId(), AgendaItemType.RESOLUTION, "基准测试表决", null, null, null);
        sessions.start(m.getId());
        Vote vote = votes.prepare(m.getId(), item.getId(), VoteService.NewVote.motion("基准测试表决", false));
        Vote warmUp = votes.prepare(m.getId(), item.getId(), VoteService.NewVote.motion("预热表决", false));
        votes.open(vote.getId());
        votes.open(warmUp.getId());
        String ballotPath = "/sessions/votes/" + vote.getId() + "/ballot";

        long loginStart = System.nanoTime();
        ExecutorService loginPool = Executors.newFixedThreadPool(8);
        List<Future<Voter>> logins = new ArrayList<>();
        for (String username : usernames) {
            logins.add(loginPool.submit(() -> login(username, ballotPath)));
        }
        List<Voter> voters = new ArrayList<>();
        for (Future<Voter> f : logins) {
            voters.add(f.get(5, TimeUnit.MINUTES));
        }
        loginPool.shutdown();
        System.out.printf("BallotBenchmark: %d logins prepared in %d ms%n", voters.size(), (System.nanoTime() - loginStart) / 1_000_000);

        ExecutorService warm = Executors.newFixedThreadPool(4);
        List<Future<Integer>> warmResults = new ArrayList<>();
        for (Voter voter : voters.subList(0, Math.min(100, voters.size()))) {
            warmResults.add(warm.submit(() -> cast(voter, "/sessions/votes/" + warmUp.getId() + "/ballot", "YES").statusCode()));
        }
        for (Future<Integer> r : warmResults) {
            assertThat(r.get(1, TimeUnit.MINUTES)).isEqualTo(302);
        }
        warm.shutdown();

        ScheduledExecutorService pool = Executors.newScheduledThreadPool(100);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<ScheduledFuture<Integer>> results = new ArrayList<>();
        long castStart = System.nanoTime();
        for (int i = 0; i < voters.size(); i++) {
            Voter voter = voters.get(i);
            String choice = i % 10 == 0 ? "NO" : i % 25 == 0 ? "ABSTAIN" : "YES";
            results.add(pool.schedule(() -> {
                long t0 = System.nanoTime();
                HttpResponse<Void> response = cast(voter, ballotPath, choice);
                latencies.add(System.nanoTime() - t0);
                return response.statusCode();
            }, (long) i * SPACING_MS, TimeUnit.MILLISECONDS));
        }
        for (ScheduledFuture<Integer> r : results) {
            assertThat(r.get(2, TimeUnit.MINUTES)).isEqualTo(302);
        }
        long castMillis = (System.nanoTime() - castStart) / 1_000_000;
        pool.shutdown();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        double max = sorted.get(sorted.size() - 1) / 1e6;
        System.out.printf("BallotBenchmark: %d ballots over HTTP (one every %d ms) in %d ms; latency median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                sorted.size(), SPACING_MS, castMillis, median, p95, max);

        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class, vote.getId())).isEqualTo(PARTICIPANTS);
        assertThat(jdbc.queryForObject("select count(distinct participant_id) from ballot where vote_id = ?", Integer.class, vote.getId()))
                .isEqualTo(PARTICIPANTS);
        var concluded = votes.close(vote.getId());
        assertThat(concluded.yes() + concluded.no() + concluded.abstain()).isEqualTo(PARTICIPANTS);
        Benchmarks.report("BallotBenchmark", PARTICIPANTS + " ballots over HTTP, one every " + SPACING_MS + " ms",
                latencies.stream().mapToLong(Long::longValue).toArray(), "median < 50 ms");
        if (Benchmarks.full()) {
            assertThat(median).as("median ballot latency in ms").isLessThan(50.0);
        }
    }

    private HttpResponse<Void> cast(Voter voter, String path, String choice) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Cookie", "CONGRESS_SESSION=" + voter.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=" + choice + "&_csrf=" + enc(voter.csrf()))).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private Voter login(String username, String ballotPath) throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(loginPage);
        String csrf = match(LOGIN_CSRF, loginPage.body());
        HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", "CONGRESS_SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(DemoAccounts.PASSWORD)
                        + "&_csrf=" + enc(csrf))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = loggedIn.headers().allValues("Set-Cookie").isEmpty() ? cookie : cookie(loggedIn);
        HttpResponse<String> ballotPage = http.send(HttpRequest.newBuilder(uri(ballotPath)).header("Cookie", "CONGRESS_SESSION=" + session)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ballotPage.statusCode()).isEqualTo(200);
        return new Voter(session, match(META_CSRF, ballotPage.body()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String cookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("no session cookie in " + response.headers().map());
    }

    private static String match(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
