package cn.congress.web.bench;

import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.ConsultationRow;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One draft with a million comments ({@code -Dcomments.count=…} to change): the staff triage list with each filter, the
 * consultation page with its per-article counts, and the public draft page, page rendering included. Prints medians.
 * {@code ./mvnw -B -pl congress-web -am verify -Pbenchmark -Dtest='CommentVolumeBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}
 */
@WebIntegrationTest
class CommentVolumeBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    @Autowired WebApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired ConsultationQueries queries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void triageCountsAndThePublicPageOverAMillionComments() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        int count = Integer.getInteger("comments.count", 1_000_000);
        ConsultationRow dogs = queries.publicOpen().stream().filter(c -> c.title().contains("养犬")).findFirst().orElseThrow();
        long started = System.nanoTime();
        CommentSeeder.seed(jdbc, dogs.id(), 14, count);
        System.out.printf("[benchmark] seeded %,d comments in %,d ms (%,d on the draft)%n", count, (System.nanoTime() - started) / 1_000_000,
                jdbc.queryForObject("select count(*) from draft_comment where consultation_id = ?", Long.class, dogs.id()));
        String triage = "/legislation/bills/" + dogs.billId() + "/comments";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("triage, no filter", triage);
        cases.put("triage, article 7", triage + "?article=7");
        cases.put("triage, channel LETTER", triage + "?channel=LETTER");
        cases.put("triage, source DEPUTY", triage + "?source=DEPUTY");
        cases.put("triage, decision ADOPTED", triage + "?decision=ADOPTED");
        cases.put("triage, article 3 + undecided", triage + "?article=3&undecided=true");
        cases.put("triage, one day", triage + "?from=" + dogs.opensOn().plusDays(3) + "&to=" + dogs.opensOn().plusDays(3));
        cases.put("consultation (per-article counts)", "/legislation/consultations/" + dogs.id());
        cases.put("public draft page", "/public/drafts/" + dogs.id());
        var staff = Logins.as(users, "staff3");
        for (var c : cases.entrySet()) {
            boolean anonymous = c.getValue().startsWith("/public");
            for (int i = 0; i < WARM_UP; i++) {
                (anonymous ? mvc.perform(get(c.getValue())) : mvc.perform(get(c.getValue()).with(staff))).andReturn();
            }
            long[] times = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                int status = (anonymous ? mvc.perform(get(c.getValue())) : mvc.perform(get(c.getValue()).with(staff))).andReturn().getResponse().getStatus();
                times[i] = System.nanoTime() - t;
                assertThat(status).isEqualTo(200);
            }
            Arrays.sort(times);
            System.out.printf("[benchmark] %-36s median %7.1f ms  p90 %7.1f ms%n", c.getKey(), times[RUNS / 2] / 1e6, times[(int) (RUNS * 0.9)] / 1e6);
        }
    }
}
