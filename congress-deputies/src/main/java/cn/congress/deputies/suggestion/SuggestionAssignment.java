package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.ReferenceData;
import cn.congress.domain.docno.DocumentNumbers;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.DomainException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Who handles a suggestion and by when: assignment (交办), deadlines and their extension, supervision (督办) and a
 * unit's request to be relieved of it.
 */
@Service
@RequiredArgsConstructor
public class SuggestionAssignment {

    private final SuggestionSupport support;
    private final SuggestionRepository suggestions;
    private final SuggestionBundleRepository bundles;
    private final OrgUnitService orgUnits;
    private final Rules rules;
    private final DocumentNumbers documentNumbers;
    private final ReferenceData referenceData;

    /** An assignment decision. {@code months} above the rule's default needs a reason. */
    public record Assignment(long version, long leadUnitId, Collection<Long> coUnitIds, int months, String extensionReason,
                             boolean keySupervised, String supervisingLeader, Long bundleId, String newBundleTheme) {
    }

    @Transactional
    public void assign(long id, Assignment a) {
        var caller = staff();
        Suggestion s = support.visible(id, caller);
        s.checkVersion(a.version());
        int defaultMonths = rules.integer("suggestion.answer-months");
        int maxMonths = rules.integer("suggestion.answer-max-months");
        if (a.months() < 1 || a.months() > maxMonths) {
            throw new DomainException("答复期限须在 1 到 " + maxMonths + " 个月之间（代表法第五十一条）");
        }
        if (a.months() > defaultMonths && (a.extensionReason() == null || a.extensionReason().isBlank())) {
            throw new DomainException("答复期限超过 " + defaultMonths + " 个月的，须说明理由（涉及面广、处理难度大）");
        }
        LocalDate today = support.today();
        OrgUnit lead = orgUnits.get(a.leadUnitId());
        List<OrgUnit> co = a.coUnitIds() == null ? List.of()
                : a.coUnitIds().stream().filter(Objects::nonNull).distinct().map(orgUnits::get).toList();
        String number = documentNumbers.next("docno.prefix.suggestion-assignment", today.getYear());
        s.assign(lead, co, today, today.plusMonths(a.months()), a.months() > defaultMonths ? a.extensionReason().trim() : null,
                number, caller.caller().accountId(), support.now(), caller.name());
        s.flagKey(a.keySupervised(), a.supervisingLeader(), bundle(a.bundleId(), a.newBundleTheme()));
        suggestions.flush();
        support.publish(new SuggestionEvents.Assigned(id, s.getTitle(), number, lead.getId(), lead.getName(),
                co.stream().map(OrgUnit::getId).toList(), s.getDueOn()));
    }

    @Transactional
    public void extend(long id, long version, int months, String reason) {
        var a = staff();
        SuggestionSupport.requireText(reason, "延长答复期限须说明理由");
        Suggestion s = support.visible(id, a);
        s.checkVersion(version);
        s.extendDeadline(assignedOn(s).plusMonths(months), latestDue(s), reason.trim(), support.now(), a.name());
    }

    @Transactional
    public void requestExtension(long id, LocalDate proposedDue, String reason) {
        var a = support.asker();
        Suggestion s = support.handled(id, a);
        SuggestionSupport.requireText(reason, "申请延期须说明理由");
        if (proposedDue == null) {
            throw new DomainException("请填写建议的答复期限");
        }
        OrgUnit unit = orgUnits.get(a.orgUnitId());
        s.requestExtension(unit, proposedDue, latestDue(s), reason.trim(), support.now(), a.name());
        support.publish(new SuggestionEvents.ExtensionRequested(id, s.getTitle(), s.getAssignedByAccount(), s.getLeadUnit().getName(),
                proposedDue, reason.trim()));
    }

    @Transactional
    public void decideExtension(long id, boolean agree, String note) {
        var a = staff();
        Suggestion s = support.visible(id, a);
        if (agree) {
            s.approveExtension(latestDue(s), SuggestionSupport.trimmed(note), support.now(), a.name());
        } else {
            SuggestionSupport.requireText(note, "不同意延期的，请说明理由");
            s.refuseExtension(note.trim(), support.now(), a.name());
        }
        support.publish(new SuggestionEvents.ExtensionDecided(id, s.getTitle(), s.getLeadUnit().getId(), agree, s.getDueOn(),
                SuggestionSupport.trimmed(note)));
    }

    @Transactional
    public void supervise(long id, long version, boolean key, String leader, Long bundleId, String newBundleTheme) {
        var a = staff();
        Suggestion s = support.visible(id, a);
        s.checkVersion(version);
        s.flagKey(key, leader, bundle(bundleId, newBundleTheme));
    }

    @Transactional
    public void requestReassignment(long id, String reason) {
        var a = support.asker();
        Suggestion s = support.handled(id, a);
        SuggestionSupport.requireText(reason, "请填写申请调整的理由");
        s.requestReassignment(orgUnits.get(a.orgUnitId()), reason.trim(), support.now(), a.name());
    }

    @Transactional
    public void decideReassignment(long id, boolean agree, Long newLeadUnitId, Collection<Long> coUnitIds, String note) {
        var a = staff();
        Suggestion s = support.visible(id, a);
        if (agree) {
            if (newLeadUnitId == null) {
                throw new DomainException("同意调整的，请选择新的主办单位");
            }
            if (s.isLeadUnit(newLeadUnitId)) {
                throw new DomainException("新的主办单位与原主办单位相同");
            }
            List<OrgUnit> co = coUnitIds == null ? List.of() : coUnitIds.stream().filter(Objects::nonNull).distinct()
                    .filter(u -> !u.equals(newLeadUnitId)).map(orgUnits::get).toList();
            s.reassign(orgUnits.get(newLeadUnitId), co, note, support.now(), a.name());
        } else {
            SuggestionSupport.requireText(note, "不同意调整的，请说明理由");
            s.refuseReassignment(note.trim(), support.now(), a.name());
        }
    }

    private SuggestionAccess.Asker staff() {
        var a = support.asker();
        support.access().requireStaff(a);
        return a;
    }

    private static LocalDate assignedOn(Suggestion s) {
        if (s.getAssignedOn() == null) {
            throw new DomainException("建议尚未交办");
        }
        return s.getAssignedOn();
    }

    private LocalDate latestDue(Suggestion s) {
        return assignedOn(s).plusMonths(rules.integer("suggestion.answer-max-months"));
    }

    private SuggestionBundle bundle(Long bundleId, String newTheme) {
        if (newTheme != null && !newTheme.isBlank()) {
            String theme = newTheme.trim();
            return bundles.findByTheme(theme).orElseGet(() -> {
                referenceData.changed("suggestion_bundle");
                return bundles.save(new SuggestionBundle(theme));
            });
        }
        return bundleId == null ? null : bundles.findById(bundleId).orElseThrow(() -> new DomainException("督办专题不存在"));
    }
}
