package cn.congress.web.bench;

import cn.congress.deputies.livelihood.LivelihoodProject;
import cn.congress.deputies.livelihood.LivelihoodService;
import cn.congress.deputies.livelihood.LivelihoodVoting;
import cn.congress.deputies.livelihood.ProposalSource;
import cn.congress.deputies.roster.Delegation;
import cn.congress.deputies.roster.DelegationRepository;
import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.deputies.roster.Gender;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.term.TermRepository;
import cn.congress.testsupport.Benchmarks;
import cn.congress.web.WebIntegrationTest;
import cn.congress.web.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import cn.congress.domain.session.VoteService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
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
 * 民生实事项目票决 at scale: 500 more deputies (550 with the demo's), each logged in with their own session, submit a
 * ballot on 20 candidate projects over HTTP within one minute (one every {@code livelihood.spacing-ms}, default 100
 * ms, so 50 s), after a warm-up round in which 100 of them vote on another list. Every ballot must be stored exactly
 * once with its 20 choices; prints the median and p95 latency of the ballot request
 * ({@link LivelihoodBallotBenchmarkSmokeTest}: 12 deputies, ballots checked only, in the normal suite). Run with
 * {@code ./mvnw -B -pl congress-web -am verify -Pbenchmark -Dtest='LivelihoodBallotBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@WebIntegrationTest
class LivelihoodBallotBenchmark {

    private static final int DEPUTIES = Benchmarks.size(500, 12);
    private static final int WARM_UP_VOTERS = Math.min(100, DEPUTIES);
    private static final int CANDIDATES = 20;
    private static final int SPACING_MS = Integer.getInteger("livelihood.spacing-ms", 100);
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("CONGRESS_SESSION=([^;]+)");

    @LocalServerPort int port;
    @Autowired DemoAccounts demoAccounts;
    @Autowired OrgUnitRepository orgUnits;
    @Autowired TermRepository terms;
    @Autowired DelegationRepository delegations;
    @Autowired DeputyRepository deputies;
    @Autowired SessionService sessions;
    @Autowired LivelihoodService service;
    @Autowired LivelihoodVoting voting;
    @Autowired UserDetailsService users;
    @Autowired VoteService votes;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Voter(String cookie, String csrf) {
    }

    record Ballot(long voteId, List<Long> projects) {
    }

    @Test
    void fiveHundredDeputiesVoteOnTwentyCandidatesWithinAMinute() throws Exception {
        var sc = orgUnits.findByCode("SC").orElseThrow();
        var term = terms.findFirstByCurrentTrue().orElseThrow();
        Delegation delegation = delegations.save(new Delegation(term, "基准测试代表团", 99));
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < DEPUTIES; i++) {
            String username = "lbench" + i;
            UserAccount a = demoAccounts.create(username, "代表" + i, sc, Role.DEPUTY);
            Deputy d = new Deputy(term, "代表" + i, Gender.FEMALE, delegation, null, null, null, null, null);
            d.linkAccount(a.getId());
            deputies.save(d);
            usernames.add(username);
        }
        actAs("staff");
        Meeting m = sessions.create(new SessionService.Details(SessionKind.CONGRESS, LocalDate.now(), null, "基准测试", false));
        sessions.start(m.getId());
        Ballot main = ballot(m.getId(), 2061);
        Ballot warmUp = ballot(m.getId(), 2062);
        SecurityContextHolder.clearContext();
        String ballotPath = "/livelihood/votes/" + main.voteId();

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
        System.out.printf("LivelihoodBallotBenchmark: %d logins prepared in %d ms%n", voters.size(), (System.nanoTime() - loginStart) / 1_000_000);

        ExecutorService warm = Executors.newFixedThreadPool(4);
        List<Future<Integer>> warmResults = new ArrayList<>();
        for (int i = 0; i < WARM_UP_VOTERS; i++) {
            Voter voter = voters.get(i);
            int n = i;
            warmResults.add(warm.submit(() -> cast(voter, "/livelihood/votes/" + warmUp.voteId(), warmUp.projects(), n).statusCode()));
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
            int n = i;
            results.add(pool.schedule(() -> {
                long t0 = System.nanoTime();
                HttpResponse<Void> response = cast(voter, ballotPath, main.projects(), n);
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
        System.out.printf("LivelihoodBallotBenchmark: %d ballots on %d candidates over HTTP (one every %d ms) in %d ms; "
                + "latency median %.1f ms, p95 %.1f ms, max %.1f ms%n", sorted.size(), CANDIDATES, SPACING_MS, castMillis, median, p95, max);

        if (Benchmarks.full()) {
            assertThat(castMillis).isLessThan(60_000);
        }
        // counted through the sessions module (its storage of secret ballots may change): one ballot per deputy,
        // each with a choice for every candidate
        actAs("staff");
        assertThat(votes.turnout(main.voteId()).cast()).isEqualTo(DEPUTIES);
        assertThat(voting.recount(main.voteId()).values()).hasSize(CANDIDATES)
                .allMatch(o -> o.yes() + o.no() + o.abstain() == DEPUTIES);
        SecurityContextHolder.clearContext();
        Benchmarks.report("LivelihoodBallotBenchmark", DEPUTIES + " ballots on " + CANDIDATES + " candidates over HTTP, one every " + SPACING_MS + " ms",
                latencies.stream().mapToLong(Long::longValue).toArray(), "median < 50 ms");
        if (Benchmarks.full()) {
            assertThat(median).as("median ballot latency in ms").isLessThan(50.0);
        }
    }

    private void actAs(String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    /** A programme of 20 candidates for 16 places, put to the vote at the session and opened. */
    private Ballot ballot(long sessionId, int year) {
        long programme = service.createProgramme(year, year + "年民生实事项目（基准测试）", 16);
        long organ = orgUnits.findByCode("GOV-HOUSING").orElseThrow().getId();
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < CANDIDATES; k++) {
            long id = service.propose(programme, new LivelihoodProject.Proposal("候选项目" + (k + 1), "基准测试项目说明", "全市",
                    new BigDecimal("1000000"), "市住建局", null, null), ProposalSource.GOVERNMENT, null);
            service.shortlist(id, "可行", organ);
            ids.add(id);
        }
        service.startScreening(programme);
        service.recordDeliberation(programme, "主任会议", LocalDate.of(year, 1, 3));
        service.sendToDeputies(programme);
        long vote = voting.putToVote(programme, sessionId);
        voting.open(vote);
        return new Ballot(vote, ids);
    }

    private HttpResponse<Void> cast(Voter voter, String path, List<Long> projects, int n) throws Exception {
        StringBuilder body = new StringBuilder("_csrf=").append(enc(voter.csrf()));
        for (int k = 0; k < projects.size(); k++) {
            String choice = (n + k) % 7 == 0 ? "NO" : (n + k) % 11 == 0 ? "ABSTAIN" : "YES";
            body.append("&c-").append(projects.get(k)).append('=').append(choice);
        }
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Cookie", "CONGRESS_SESSION=" + voter.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
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
