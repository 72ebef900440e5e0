package cn.congress.web.livelihood;

import cn.congress.deputies.livelihood.LivelihoodProject;
import cn.congress.deputies.livelihood.LivelihoodQueries;
import cn.congress.deputies.livelihood.LivelihoodService;
import cn.congress.deputies.livelihood.LivelihoodVoting;
import cn.congress.deputies.livelihood.ProposalSource;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.Participant;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Web test fixture: the demo city's staff take a fresh programme (its own year) to an open vote at a new congress session. */
record LivelihoodScenario(UserDetailsService users, LivelihoodService service, LivelihoodVoting voting, LivelihoodQueries queries,
                          SessionService sessions, OrgUnitRepository orgs, JdbcTemplate jdbc) {

    /**
     * The usernames of {@code count} participants of the session other than {@code except}: the tests vote as the
     * session's actual participants, whatever other tests of the shared database did to the roster before.
     */
    List<String> otherVoters(Ready ready, String except, int count) {
        List<String> names = new java.util.ArrayList<>();
        for (Participant p : ready.participants()) {
            String username = jdbc.queryForObject("select username from user_account where id = ?", String.class, p.getUserAccountId());
            if (!username.equals(except)) {
                names.add(username);
            }
            if (names.size() == count) {
                break;
            }
        }
        return names;
    }

    private static final AtomicInteger YEAR = new AtomicInteger(2080);

    void actAs(String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    static void clear() {
        SecurityContextHolder.clearContext();
    }

    record Ready(long programmeId, List<Long> projectIds, long sessionId, long voteId, List<Participant> participants) {

        /** More than half of the session's participants, however many deputies other tests added to the roster. */
        int passMark() {
            return participants.size() / 2 + 1;
        }
    }

    /** A programme with {@code quota} places and the candidates titled, put to the vote at a new session and opened. */
    Ready openVote(int quota, String... titles) {
        actAs("staff");
        int year = YEAR.incrementAndGet();
        long programme = service.createProgramme(year, year + "年民生实事项目（测试）", quota);
        long organ = orgs.findByCode("GOV-HOUSING").orElseThrow().getId();
        List<Long> ids = new ArrayList<>();
        for (String t : titles) {
            long id = service.propose(programme, new LivelihoodProject.Proposal(t, t + "：建设内容和受益群众说明。", "全市",
                    new BigDecimal("3000000"), "市住建局", null, LocalDate.of(year, 12, 31)), ProposalSource.GOVERNMENT, null);
            service.shortlist(id, "可行，资金已落实", organ);
            ids.add(id);
        }
        service.startScreening(programme);
        service.recordDeliberation(programme, "第十七届人大常委会主任会议", LocalDate.of(year, 1, 3));
        service.sendToDeputies(programme);
        Meeting m = sessions.create(new SessionService.Details(SessionKind.CONGRESS, LocalDate.now(), null, "人民大会堂", false));
        sessions.start(m.getId());
        long vote = voting.putToVote(programme, m.getId());
        voting.open(vote);
        List<Participant> ps = sessions.participants(m.getId());
        clear();
        return new Ready(programme, ids, m.getId(), vote, ps);
    }
}
