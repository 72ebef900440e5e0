package cn.congress.deputies.servicecase;

import cn.congress.deputies.station.LiaisonStation;
import cn.congress.deputies.station.LiaisonStationRepository;
import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** Takes on, moves and closes service cases. */
@Service
@RequiredArgsConstructor
public class ServiceCaseService {

    private final ServiceCaseRepository cases;
    private final ServiceCaseNoteRepository notes;
    private final LiaisonStationRepository stations;
    private final OrgUnitRepository orgUnits;
    private final ServiceCaseAccess access;
    private final Clock clock;

    /** The editable part of a case. */
    public record Details(String title, String summary, String partyName, String partyContact, LocalDate receivedOn, String courtCaseNo) {
    }

    @Transactional
    public long create(Caller caller, ServiceCaseType type, long stationId, Long deputyId, Details d) {
        ServiceCaseAccess.Who w = access.who(caller);
        LiaisonStation station = stations.findById(stationId).orElseThrow(() -> new NotFoundException("联络站", stationId));
        long agent;
        if (w.staff()) {
            agent = required(deputyId);
        } else if (w.stationId() != null) {
            if (w.stationId() != stationId) {
                throw new NotFoundException("联络站", stationId);
            }
            agent = required(deputyId);
            if (!station.hasDeputy(agent)) {
                throw new DomainException("承办代表须是本联络站的代表");
            }
        } else {
            agent = w.deputyId();
        }
        checkDate(d.receivedOn());
        return cases.save(new ServiceCase(type, stationId, agent, d)).getId();
    }

    private static long required(Long deputyId) {
        if (deputyId == null) {
            throw new DomainException("请选择承办代表");
        }
        return deputyId;
    }

    private void checkDate(LocalDate d) {
        if (d.isAfter(today())) {
            throw new DomainException("受理日期不能晚于今天");
        }
    }

    @Transactional
    public void edit(Caller caller, long id, long version, Details d) {
        ServiceCase c = load(caller, id, version);
        checkDate(d.receivedOn());
        c.edit(d);
    }

    @Transactional
    public void forward(Caller caller, long id, long version, long organId) {
        ServiceCase c = load(caller, id, version);
        var organ = orgUnits.findById(organId).filter(u -> u.getType().isHandlingUnit())
                .orElseThrow(() -> new DomainException("请选择承办机关"));
        c.forward(organ.getId());
        notes.save(new ServiceCaseNote(id, today(), "PROGRESS", "转送" + organ.getName() + "办理", caller.name()));
    }

    @Transactional
    public void startMediation(Caller caller, long id, long version) {
        load(caller, id, version).startMediation();
    }

    /** A progress note (信访代办) or a mediation session (诉前调解). */
    @Transactional
    public void note(Caller caller, long id, long version, LocalDate on, String text) {
        ServiceCase c = load(caller, id, version);
        c.step(CaseStep.NOTE);
        if (on.isAfter(today())) {
            throw new DomainException("日期不能晚于今天");
        }
        notes.save(new ServiceCaseNote(id, on, c.getType() == ServiceCaseType.PRE_LITIGATION_MEDIATION ? "SESSION" : "PROGRESS", text,
                caller.name()));
    }

    @Transactional
    public void close(Caller caller, long id, long version, CaseOutcome outcome, ResidentSatisfaction satisfaction) {
        load(caller, id, version).close(outcome, satisfaction, today());
    }

    private ServiceCase load(Caller caller, long id, long version) {
        ServiceCaseAccess.Who w = access.who(caller);
        ServiceCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("案件", id));
        access.requireVisible(w, c.getStationId(), c.getDeputyId(), id);
        c.checkVersion(version);
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
