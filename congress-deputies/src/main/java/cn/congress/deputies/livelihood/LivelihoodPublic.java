package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The public side (no login): every year's adopted projects, their progress and evaluation; following a project. */
@Service
@RequiredArgsConstructor
public class LivelihoodPublic {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProgrammeRepository programmes;
    private final ProjectRepository projects;
    private final MilestoneRepository milestones;
    private final EventRepository events;
    private final LivelihoodQueries queries;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Every year of the level whose vote is over, newest first, with its adopted projects. */
    @Transactional(readOnly = true)
    public List<PublicYear> years(Level level) {
        List<LivelihoodProject> adopted = projects.findPublished(ProjectStatus.ADOPTED, level);
        Map<Long, List<LivelihoodProject>> byProgramme = new LinkedHashMap<>();
        adopted.forEach(p -> byProgramme.computeIfAbsent(p.getProgramme().getId(), k -> new java.util.ArrayList<>()).add(p));
        Map<Long, String> congressNames = queries.orgNames(adopted.stream().map(p -> p.getProgramme().getCongressOrgId()).toList());
        return byProgramme.values().stream().map(list -> {
            LivelihoodProgramme pr = list.get(0).getProgramme();
            return new PublicYear(pr.getId(), pr.getYear(), pr.getTitle(), congressNames.get(pr.getCongressOrgId()), pr.getStatus(),
                    pr.getDecisionNumber(), queries.projectRows(list, false));
        }).toList();
    }

    /** Programmes collecting proposals now, for the residents' form. */
    @Transactional(readOnly = true)
    public List<ProgrammeRow> collecting() {
        List<LivelihoodProgramme> open = programmes.findAll().stream().filter(p -> p.getStatus() == ProgrammeStatus.COLLECTING)
                .sorted(java.util.Comparator.comparing(LivelihoodProgramme::getLevel).thenComparing(LivelihoodProgramme::getId)).toList();
        Map<Long, String> names = queries.orgNames(open.stream().map(LivelihoodProgramme::getCongressOrgId).toList());
        return open.stream().map(p -> new ProgrammeRow(p.getId(), p.getYear(), p.getTitle(), p.getLevel(), names.get(p.getCongressOrgId()),
                p.getQuota(), p.getStatus(), 0, 0, 0, java.math.BigDecimal.ZERO)).toList();
    }

    private LivelihoodProject adopted(long id) {
        return projects.findWithProgramme(id).filter(p -> p.getStatus().isAdopted())
                .orElseThrow(() -> new NotFoundException("民生实事项目", id));
    }

    @Transactional(readOnly = true)
    public PublicProject project(long id) {
        LivelihoodProject p = adopted(id);
        LocalDate today = LocalDate.now(clock);
        ProjectRow row = queries.projectRows(List.of(p), false).get(0);
        return new PublicProject(row, p.getDescription(), p.getProgramme().getDecisionNumber(),
                milestones.findByProjectIdOrderByPlannedOnAscIdAsc(id).stream().map(m -> new ProjectView.MilestoneRow(m.getId(),
                        m.getTitle(), m.getPlannedOn(), m.getDoneOn(), m.getDoneOn() == null && m.getPlannedOn().isBefore(today))).toList(),
                LivelihoodQueries.timeline(events.findByProjectIdAndShownPubliclyTrueOrderByAtAscIdAsc(id)).stream()
                        .map(e -> new cn.congress.domain.shared.TimelineEntry(e.at(), e.labelKey(), null, e.remark(), null, null)).toList(),
                p.getRatedSatisfied(), p.getRatedBasic(), p.getRatedUnsatisfied(), queries.followers(id));
    }

    /** A resident follows an adopted project: returns the private token of the follow page. */
    @Transactional
    public String follow(long projectId) {
        adopted(projectId);
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        jdbc.update("insert into livelihood_follow (project_id, token, created_at) values (?, ?, ?)", projectId, token,
                Timestamp.from(clock.instant()));
        return token;
    }

    /** The project a follow token stands for. */
    @Transactional(readOnly = true)
    public long followed(String token) {
        List<Long> ids = jdbc.queryForList("select project_id from livelihood_follow where token = ?", Long.class, token);
        if (ids.isEmpty()) {
            throw new NotFoundException("关注", 0L);
        }
        return ids.get(0);
    }

    /** A resident's receipt: where their proposal stands and why it was left out. */
    @Transactional(readOnly = true)
    public Optional<Receipt> receipt(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return projects.findByReceiptCode(code.trim().toUpperCase()).map(p -> new Receipt(p.getTitle(), p.getProgramme().getYear(),
                p.getStatus(), p.getOutReason(), p.getStatus().isAdopted() ? p.getId() : null));
    }
}
