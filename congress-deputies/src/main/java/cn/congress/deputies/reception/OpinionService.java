package cn.congress.deputies.reception;

import cn.congress.deputies.reception.OpinionRows.Resident;
import cn.congress.deputies.station.LiaisonStation;
import cn.congress.deputies.station.LiaisonStationRepository;
import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.deputies.suggestion.SuggestionCategory;
import cn.congress.deputies.suggestion.SuggestionDrafts;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.rules.CodeLabel;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/** Records residents' opinions and moves them along their route. */
@Service("receptionOpinionService")
@RequiredArgsConstructor
public class OpinionService {

    public static final String CATEGORIES = "station.opinion-categories";
    public static final String TRANSFER_DAYS = "station.transfer-days";

    private final ConstituentOpinionRepository opinions;
    private final LiaisonStationRepository stations;
    private final OrgUnitRepository orgUnits;
    private final OpinionAccess access;
    private final SuggestionDrafts drafts;
    private final AuditLog audit;
    private final Rules rules;
    private final Clock clock;

    /** What the receiving deputy or the station's manager types. Resident name and contact are optional. */
    public record NewOpinion(long stationId, Long deputyId, LocalDate receivedOn, String residentName, String residentContact,
                             String content, String category) {
    }

    @Transactional
    public long record(Caller caller, NewOpinion n) {
        access.requireRecorder(caller);
        OpinionAccess.Who w = access.who(caller);
        LiaisonStation station = stations.findById(n.stationId()).orElseThrow(() -> new NotFoundException("联络站", n.stationId()));
        long deputyId;
        if (w.staff()) {
            deputyId = required(n.deputyId());
        } else if (w.stationId() != null) {
            if (w.stationId() != station.getId().longValue()) {
                throw new NotFoundException("联络站", n.stationId());
            }
            deputyId = required(n.deputyId());
        } else if (w.deputyId() != null) {
            deputyId = w.deputyId();
        } else {
            throw new DomainException("您的账户尚未关联代表名册");
        }
        if (w.stationId() != null && !w.staff() && !station.hasDeputy(deputyId)) {
            throw new DomainException("接待代表须是本联络站的代表");
        }
        if (n.receivedOn().isAfter(today())) {
            throw new DomainException("接待日期不能晚于今天");
        }
        if (rules.codes(CATEGORIES).stream().map(CodeLabel::code).noneMatch(n.category()::equals)) {
            throw new DomainException("请选择意见分类");
        }
        return opinions.save(new ConstituentOpinion(station.getId(), deputyId, n.receivedOn(), n.residentName(), n.residentContact(),
                n.content(), n.category())).getId();
    }

    private static long required(Long deputyId) {
        if (deputyId == null) {
            throw new DomainException("请选择接待代表");
        }
        return deputyId;
    }

    @Transactional
    public void settle(Caller caller, long id, long version, String how) {
        ConstituentOpinion o = load(caller, id, version, OpinionStep.SETTLE);
        o.settle(how, today());
    }

    @Transactional
    public void transfer(Caller caller, long id, long version, long orgId, LocalDate due) {
        ConstituentOpinion o = load(caller, id, version, OpinionStep.TRANSFER);
        var org = orgUnits.findById(orgId).filter(u -> u.getType().isHandlingUnit())
                .orElseThrow(() -> new DomainException("请选择承办机关"));
        LocalDate deadline = due != null ? due : today().plusDays(rules.integer(TRANSFER_DAYS));
        if (!deadline.isAfter(today())) {
            throw new DomainException("办理期限须晚于今天");
        }
        o.transfer(org.getId(), today(), deadline);
    }

    @Transactional
    public void answer(Caller caller, long id, long version, String text) {
        ConstituentOpinion o = load(caller, id, version, OpinionStep.ANSWER);
        o.answer(text, today(), caller.name());
    }

    /** Starts a draft suggestion in the receiving deputy's name and links both ways; returns the suggestion's id. */
    @Transactional
    public long toSuggestion(Caller caller, long id, long version, String title) {
        ConstituentOpinion o = load(caller, id, version, OpinionStep.SUGGEST);
        String station = stations.findById(o.getStationId()).map(LiaisonStation::getName).orElse("");
        String content = o.getContent() + "\n\n（本建议源于" + station + o.getReceivedOn().getYear() + "年" + o.getReceivedOn().getMonthValue()
                + "月" + o.getReceivedOn().getDayOfMonth() + "日接待群众反映的意见，编号 " + o.getId() + "。）";
        long suggestionId = drafts.draftFor(caller, o.getDeputyId(), title, content, suggestionCategory(o.getCategory()));
        o.suggested(suggestionId, today());
        return suggestionId;
    }

    /** The opinion categories are a city's list; the suggestion's fixed categories match where the codes agree. */
    private static SuggestionCategory suggestionCategory(String code) {
        if ("TRAFFIC".equals(code)) {
            return SuggestionCategory.TRANSPORT;
        }
        return Arrays.stream(SuggestionCategory.values()).filter(c -> c.name().equals(code)).findFirst().orElse(SuggestionCategory.OTHER);
    }

    @Transactional
    public void feedback(Caller caller, long id, long version, ResidentSatisfaction satisfaction, String note) {
        ConstituentOpinion o = load(caller, id, version, OpinionStep.FEEDBACK);
        o.feedback(satisfaction, note, today());
    }

    /** The resident's full name and contact, for those who handle the opinion; every look is written to the audit log. */
    @Transactional
    public Resident revealResident(Caller caller, long id) {
        OpinionAccess.Who w = access.who(caller);
        ConstituentOpinion o = opinions.findById(id).orElseThrow(() -> new NotFoundException("群众意见", id));
        OpinionAccess.Scope s = scope(o);
        access.requireVisible(w, s, id);
        if (!access.handles(w, s)) {
            throw new org.springframework.security.access.AccessDeniedException("无权查看群众个人信息");
        }
        audit.record(AuditAction.PERSONAL_DATA_VIEW, "ConstituentOpinion", id, "查看群众意见的反映人完整信息");
        return new Resident(o.getResidentName(), o.getResidentContact());
    }

    private ConstituentOpinion load(Caller caller, long id, long version, OpinionStep step) {
        OpinionAccess.Who w = access.who(caller);
        ConstituentOpinion o = opinions.findById(id).orElseThrow(() -> new NotFoundException("群众意见", id));
        // a stale page is told so first: the step it offered may no longer apply because someone else moved on
        access.requireVisible(w, scope(o), id);
        o.checkVersion(version);
        access.requireStep(w, scope(o), o.getStatus(), step, id);
        return o;
    }

    static OpinionAccess.Scope scope(ConstituentOpinion o) {
        return new OpinionAccess.Scope(o.getStationId(), o.getDeputyId(), o.getTransferOrgId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
