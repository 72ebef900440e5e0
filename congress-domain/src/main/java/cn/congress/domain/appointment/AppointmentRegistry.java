package cn.congress.domain.appointment;

import cn.congress.domain.account.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The post registry (任职登记): who held which post when, kept by the decisions of adopted votes. */
@Service
@RequiredArgsConstructor
public class AppointmentRegistry {

    private final PostHoldingRepository holdings;

    /** Who held the post (matching post and organ, either may be blank) on the day. */
    @Transactional(readOnly = true)
    public List<HoldingRow> heldOn(String post, String organ, LocalDate day) {
        AppointmentAccess.requireReader(Caller.current());
        return holdings.heldOn(blankToEmpty(post), blankToEmpty(organ), day).stream().map(HoldingRow::of).toList();
    }

    /** All posts the person held or holds, earliest first. */
    @Transactional(readOnly = true)
    public List<HoldingRow> postsOf(String personName) {
        AppointmentAccess.requireReader(Caller.current());
        return holdings.findByPersonNameOrderByStartDateAscIdAsc(personName.trim()).stream().map(HoldingRow::of).toList();
    }

    @Transactional(readOnly = true)
    public Page<HoldingRow> search(String q, boolean currentOnly, Pageable pageable) {
        AppointmentAccess.requireReader(Caller.current());
        return holdings.search(blankToEmpty(q), currentOnly, pageable).map(HoldingRow::of);
    }

    @Transactional(readOnly = true)
    public List<HoldingRow> current() {
        AppointmentAccess.requireReader(Caller.current());
        return holdings.findByEndDateIsNullOrderByOrganAscPostAsc().stream().map(HoldingRow::of).toList();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
