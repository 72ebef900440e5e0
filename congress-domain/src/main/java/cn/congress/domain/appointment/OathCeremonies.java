package cn.congress.domain.appointment;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Constitutional oath ceremonies (宪法宣誓): announced appointees swear, collectively or one by one. */
@Service
@RequiredArgsConstructor
public class OathCeremonies {

    private final OathCeremonyRepository ceremonies;
    private final AppointmentItemRepository items;
    private final AppointmentHistory history;

    @Transactional(readOnly = true)
    public List<CeremonyView> list() {
        AppointmentAccess.requireReader(Caller.current());
        return ceremonies.findAllByOrderByHeldOnDesc().stream().map(c -> new CeremonyView(c.getId(), c.getHeldOn(), c.getPlace(),
                c.getPresiding(), c.isCollective(), c.getSwearers().stream().map(AppointmentItem::getPersonName).toList())).toList();
    }

    @Transactional(readOnly = true)
    public List<SwearerRow> awaitingOath() {
        AppointmentAccess.requireReader(Caller.current());
        return items.awaitingOath().stream().map(SwearerRow::of).toList();
    }

    @Transactional
    public long record(LocalDate heldOn, String place, String presiding, boolean collective, List<Long> itemIds) {
        AppointmentAccess.requirePreparer(Caller.current(), "登记宪法宣誓");
        if (itemIds == null || itemIds.isEmpty()) {
            throw new DomainException("请选择参加宣誓的人员");
        }
        Set<AppointmentItem> swearers = new LinkedHashSet<>();
        for (Long id : new HashSet<>(itemIds)) {
            AppointmentItem item = items.findWithMotion(id).orElseThrow(() -> new NotFoundException("任免人员", id));
            item.swear();
            if (item.getDecidedOn() != null && heldOn.isBefore(item.getDecidedOn())) {
                throw new DomainException("宣誓日期不能早于任命通过日期（" + item.getPersonName() + "）");
            }
            swearers.add(item);
        }
        OathCeremony c = ceremonies.save(new OathCeremony(heldOn, place.trim(), presiding.trim(), collective, swearers));
        for (AppointmentItem item : swearers) {
            history.record(item.getMotion().getId(), item.getId(), MotionEvent.SWORN_IN, heldOn + " " + place);
        }
        return c.getId();
    }
}
