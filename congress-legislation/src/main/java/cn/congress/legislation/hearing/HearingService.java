package cn.congress.legislation.hearing;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.legislation.bill.BillVersionRepository;
import cn.congress.legislation.consultation.CommentChannel;
import cn.congress.legislation.consultation.CommentIntake;
import cn.congress.legislation.consultation.Receipt;
import cn.congress.legislation.consultation.SourceKind;
import cn.congress.legislation.support.LegislationAccess;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Hearings and 论证会 on a bill and the expert pool. Opinions raised at a hearing and experts' opinions are recorded
 * through {@link CommentIntake}, so they enter the same triage as public comments.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class HearingService {

    private final HearingRepository hearings;
    private final HearingParticipantRepository participants;
    private final ExpertRepository experts;
    private final ExpertInvitationRepository invitations;
    private final BillVersionRepository versions;
    private final CommentIntake intake;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public long hold(long billId, long versionId, HearingKind kind, String title, LocalDate heldOn, String place, String record) {
        staff();
        versions.findById(versionId).filter(v -> v.getBill().getId() == billId).orElseThrow(() -> new NotFoundException("文本", versionId));
        return hearings.save(new Hearing(billId, versionId, kind, title, heldOn, place, record)).getId();
    }

    public void addParticipant(long hearingId, String name, String affiliation, HearingSide side, Long expertId) {
        staff();
        Hearing h = hearing(hearingId);
        if (expertId != null) {
            expert(expertId);
            if (!invitations.existsByExpertIdAndHearingId(expertId, hearingId)) {
                invitations.save(new ExpertInvitation(expertId, null, h.getId(), h.getHeldOn()));
            }
        }
        participants.save(new HearingParticipant(h.getId(), name, affiliation, side, expertId));
    }

    /** An opinion raised at the hearing; an expert's is marked as an expert opinion. */
    public Receipt recordOpinion(long hearingId, Integer articleNo, String body, String speaker, HearingSide side, Long expertId) {
        staff();
        Hearing h = hearing(hearingId);
        return intake.recordHearingOpinion(h.getBillId(), h.getBillVersionId(), h.getId(), articleNo, body, speaker,
                side == null ? null : side.name(), expertId);
    }

    @Transactional(readOnly = true)
    public List<HearingView> forBill(long billId) {
        Caller.current().require("查看听证会、论证会", Role.STAFF, Role.MEMBER);
        List<Hearing> list = hearings.findByBillIdOrderByHeldOnDescIdDesc(billId);
        if (list.isEmpty()) {
            return List.of();
        }
        Long[] ids = list.stream().map(Hearing::getId).toArray(Long[]::new);
        Map<Long, List<HearingView.Participant>> people = new HashMap<>();
        jdbc.query("select hearing_id, name, affiliation, side, expert_id from hearing_participant where hearing_id = any(?) order by id",
                rs -> {
                    people.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new HearingView.Participant(rs.getString(2),
                            rs.getString(3), HearingSide.valueOf(rs.getString(4)), rs.getObject(5) != null));
                }, (Object) ids);
        Map<Long, Long> opinions = new HashMap<>();
        jdbc.query("select hearing_id, count(*) from draft_comment where hearing_id = any(?) group by 1",
                rs -> {
                    opinions.put(rs.getLong(1), rs.getLong(2));
                }, (Object) ids);
        return list.stream().map(h -> new HearingView(h.getId(), h.getKind(), h.getTitle(), h.getHeldOn(), h.getPlace(), h.getRecord(),
                people.getOrDefault(h.getId(), List.of()), opinions.getOrDefault(h.getId(), 0L))).toList();
    }

    public long addExpert(String name, String fields, String affiliation, String title) {
        staff();
        if (fields == null || fields.isBlank()) {
            throw new DomainException("请填写专家的专业领域");
        }
        return experts.save(new Expert(name, fields, affiliation, title)).getId();
    }

    /** The pool, optionally only experts of a field. */
    @Transactional(readOnly = true)
    public List<ExpertRow> experts(String field) {
        Caller.current().require("查看立法咨询专家库", Role.STAFF, Role.MEMBER);
        return jdbc.query("""
                select e.id, e.name, e.fields, e.affiliation, e.title,
                       (select count(*) from expert_invitation i where i.expert_id = e.id),
                       (select count(*) from draft_comment d where d.expert_id = e.id)
                from expert e where e.active and (?::text is null or e.fields like '%' || ?::text || '%') order by e.id
                """, (rs, i) -> new ExpertRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7)), blank(field), blank(field));
    }

    public void invite(long expertId, long consultationId) {
        staff();
        expert(expertId);
        if (!invitations.existsByExpertIdAndConsultationId(expertId, consultationId)) {
            invitations.save(new ExpertInvitation(expertId, consultationId, null, LocalDate.now(clock)));
        }
    }

    /** An invited expert's written opinion on a consultation, marked as an expert opinion. */
    public Receipt recordExpertOpinion(long consultationId, long expertId, Integer articleNo, String body) {
        staff();
        Expert e = expert(expertId);
        if (!invitations.existsByExpertIdAndConsultationId(expertId, consultationId)) {
            throw new DomainException("请先邀请该专家参与本次征求意见");
        }
        return intake.record(consultationId, new CommentIntake.RecordedOpinion(articleNo, body, CommentChannel.EXPERT, SourceKind.EXPERT,
                e.getName(), e.getId()));
    }

    @Transactional(readOnly = true)
    public Map<Long, String> expertNames() {
        return experts.findByActiveTrueOrderByIdAsc().stream().collect(Collectors.toMap(Expert::getId, Expert::getName, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private Hearing hearing(long id) {
        return hearings.findById(id).orElseThrow(() -> new NotFoundException("听证会", id));
    }

    private Expert expert(long id) {
        return experts.findById(id).orElseThrow(() -> new NotFoundException("专家", id));
    }

    private static void staff() {
        LegislationAccess.requireStaff(Caller.current(), "办理听证会、论证会和专家咨询");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
