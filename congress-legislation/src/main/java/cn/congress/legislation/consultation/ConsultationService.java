package cn.congress.legislation.consultation;

import cn.congress.domain.rules.Rules;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.legislation.bill.BillVersion;
import cn.congress.legislation.bill.BillVersionRepository;
import cn.congress.legislation.text.LegalTextParser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** Staff run consultations: open one on a bill version, extend or close it early, assign contact points, publish feedback. */
@Service
@Transactional
@RequiredArgsConstructor
public class ConsultationService {

    static final String DAYS_RULE = "legislation.public-comment-days";

    private final ConsultationRepository consultations;
    private final ConsultationEventRepository events;
    private final BillVersionRepository versions;
    private final ConsultationAccess access;
    private final FeedbackReports reports;
    private final Rules rules;
    private final Clock clock;

    /**
     * What staff decide when they open a consultation; {@code days} null means the rules table's
     * {@value #DAYS_RULE}, which is also the least allowed.
     */
    public record Opening(String title, String explanation, String keyQuestions, Set<CommentChannel> channels, IdentityMode identityMode,
                          String identityReason, LocalDate opensOn, Integer days) {
    }

    @Transactional(readOnly = true)
    public int defaultDays() {
        return rules.integerOn(DAYS_RULE, LocalDate.now(clock));
    }

    public long open(long billId, long versionId, Opening o) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        BillVersion version = versions.findById(versionId).filter(v -> v.getBill().getId() == billId)
                .orElseThrow(() -> new NotFoundException("文本", versionId));
        if (LegalTextParser.parse(version.getBody()).articles().isEmpty()) {
            throw new DomainException("该文本没有可识别的条文，不能征求意见");
        }
        if (o.channels() == null || o.channels().isEmpty()) {
            throw new DomainException("请至少选择一个征求意见渠道");
        }
        LocalDate opensOn = o.opensOn() == null ? LocalDate.now(clock) : o.opensOn();
        int least = rules.integerOn(DAYS_RULE, opensOn);
        int days = o.days() == null ? least : o.days();
        if (days < least) {
            throw new DomainException("征求意见期限不得少于" + least + "日（规则“法规草案公开征求意见天数”）");
        }
        Consultation c = consultations.save(new Consultation(billId, versionId, o.title(), version.getBody(), o.explanation(), o.keyQuestions(),
                o.channels(), o.identityMode(), o.identityReason(), opensOn, opensOn.plusDays(days - 1L)));
        log(c.opened(opensOn, caller.name()));
        return c.getId();
    }

    public void extend(long id, LocalDate newClose, String reason) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        log(get(id).extend(newClose, reason, LocalDate.now(clock), caller.name()));
    }

    public void closeEarly(long id, String reason) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        log(get(id).closeEarly(reason, LocalDate.now(clock), caller.name()));
    }

    public void assignContactPoints(long id, Set<Long> contactPointIds) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        log(get(id).assignContactPoints(contactPointIds, LocalDate.now(clock), caller.name()));
    }

    /** The report drafted from the decisions, for staff to edit before saving. */
    @Transactional(readOnly = true)
    public String draftFeedback(long id) {
        access.requireStaff(Caller.current());
        return reports.draft(get(id));
    }

    public void saveFeedback(long id, long expectedVersion, String report) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        Consultation c = get(id);
        c.checkVersion(expectedVersion);
        if (report == null || report.isBlank()) {
            throw new DomainException("反馈内容不能为空");
        }
        log(c.editFeedback(report, LocalDate.now(clock), caller.name()));
    }

    public void publishFeedback(long id) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        log(get(id).publishFeedback(LocalDate.now(clock), caller.name()));
    }

    Consultation get(long id) {
        return consultations.findById(id).orElseThrow(() -> new NotFoundException("征求意见", id));
    }

    private void log(ConsultationEvent event) {
        events.save(event.at(clock.instant()));
    }
}
