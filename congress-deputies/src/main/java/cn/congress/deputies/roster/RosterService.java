package cn.congress.deputies.roster;

import cn.congress.domain.shared.ReferenceData;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.Caller;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.term.Term;
import cn.congress.domain.term.TermService;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roster of the current term: staff maintain it by hand or import it from a spreadsheet ({@link RosterAccess}
 * says who may do what). Pages receive {@link DeputyRow}, {@link DeputyProfile} and {@link RosterOption}, never an entity.
 */
@Service
@RequiredArgsConstructor
public class RosterService {

    private final DeputyRepository deputies;
    private final DelegationRepository delegations;
    private final DeputyGroupRepository groups;
    private final UserAccountRepository accounts;
    private final TermService terms;
    private final AuditLog auditLog;
    private final ReferenceData referenceData;

    /** What staff type for a deputy, or one spreadsheet row ({@code line} counts from the header = 1). */
    public record Entry(int line, String name, Gender gender, String delegation, String electoralUnit, String sector,
                        String position, String phone, String cardNumber, DeputyStatus status, List<String> groupNames,
                        String username) implements java.io.Serializable {
    }

    /** One problem of an import file, in Chinese, with its row. */
    public record ImportError(int line, String message) implements java.io.Serializable {
    }

    @Transactional(readOnly = true)
    public Page<DeputyRow> search(Long delegationId, Long groupId, DeputyStatus status, String q, Pageable pageable) {
        RosterAccess.requireStaff();
        return deputies.search(terms.current().getId(), delegationId, groupId, status, q == null ? "" : q.trim(), pageable)
                .map(d -> DeputyRow.of(d, false));
    }

    /** The whole roster of the term with the groups, for the export. */
    @Transactional(readOnly = true)
    public List<DeputyRow> roster() {
        RosterAccess.requireStaff();
        return deputies.findRoster(terms.current().getId()).stream().map(d -> DeputyRow.of(d, true)).toList();
    }

    /** The serving deputies who have an account, by account id (for groups whose members act in the system). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> servingAccounts() {
        RosterAccess.requireDirectoryReader();
        java.util.Map<Long, String> byAccount = new java.util.LinkedHashMap<>();
        for (Deputy d : deputies.findServing(terms.current().getId())) {
            if (d.getUserAccountId() != null) {
                byAccount.putIfAbsent(d.getUserAccountId(), d.getName());
            }
        }
        return byAccount;
    }

    /** The serving deputies, to invite as joint signers or to filter by. */
    @Transactional(readOnly = true)
    public List<RosterOption> serving() {
        RosterAccess.requireDirectoryReader();
        return deputies.findServing(terms.current().getId()).stream()
                .map(d -> new RosterOption(d.getId(), d.getName(), d.getDelegation().getName())).toList();
    }

    @Transactional(readOnly = true)
    public DeputyProfile get(long id) {
        RosterAccess.requireStaff();
        return profile(detailed(id));
    }

    /**
     * The profile with the full phone number, for the staff who asked to see it: the view is audited (who, which
     * deputy), as the roster list and export show the number masked (个人信息保护法, checklist C41).
     */
    @Transactional
    public DeputyProfile revealPhone(long id) {
        RosterAccess.requireStaff();
        DeputyProfile profile = profile(detailed(id));
        auditLog.record(AuditAction.PERSONAL_DATA_VIEW, "Deputy", id, "查看代表完整联系电话：" + profile.name());
        return profile;
    }

    /** The caller's own roster record (a deputy's 履职档案). */
    @Transactional(readOnly = true)
    public DeputyProfile own() {
        long accountId = RosterAccess.requireOwnAccount();
        Deputy d = deputies.findByUserAccountId(accountId).orElseThrow(() -> new NotFoundException("您的账户尚未关联代表名册"));
        return profile(detailed(d.getId()));
    }

    public List<RosterOption> delegations() {
        RosterAccess.requireDirectoryReader();
        long termId = terms.currentId();
        return referenceData.get("delegation", termId, () -> delegations.findByTermIdOrderBySortOrder(termId).stream()
                .map(d -> new RosterOption(d.getId(), d.getName(), null)).toList());
    }

    @Transactional(readOnly = true)
    public List<RosterOption> groups() {
        RosterAccess.requireStaff();
        return groups.findByTermIdOrderByKindAscNameAsc(terms.current().getId()).stream()
                .map(g -> new RosterOption(g.getId(), g.getName(), g.getKind().name())).toList();
    }

    private Deputy detailed(long id) {
        return deputies.findDetailed(id).orElseThrow(() -> new NotFoundException("代表", id));
    }

    private DeputyProfile profile(Deputy d) {
        String username = d.getUserAccountId() == null ? null
                : accounts.findById(d.getUserAccountId()).map(UserAccount::getUsername).orElse(null);
        return new DeputyProfile(d.getId(), d.getVersion(), d.getTerm().getName(), d.getName(), d.getGender(), d.getDelegation().getName(),
                d.getElectoralUnit(), d.getSector(), d.getPosition(), d.getPhone(), d.getCardNumber(), d.getStatus(), username,
                d.getGroups().stream().map(DeputyGroup::getName).sorted().toList(), Caller.current().has(Role.STAFF));
    }

    /** Adds a deputy; returns the new id. */
    @Transactional
    public long create(Entry e) {
        RosterAccess.requireStaff();
        List<ImportError> errors = validate(List.of(e));
        if (!errors.isEmpty()) {
            throw new DomainException(errors.get(0).message());
        }
        return save(null, e).getId();
    }

    @Transactional
    public void update(long id, long version, Entry e) {
        RosterAccess.requireStaff();
        Deputy d = detailed(id);
        d.checkVersion(version);
        List<ImportError> errors = validate(List.of(e), id);
        if (!errors.isEmpty()) {
            throw new DomainException(errors.get(0).message());
        }
        save(d, e);
    }

    /** The problems of an import file; empty means it may be confirmed. Nothing is saved. */
    @Transactional(readOnly = true)
    public List<ImportError> validate(List<Entry> entries) {
        RosterAccess.requireStaff();
        return validate(entries, null);
    }

    /** Saves a clean import file in one transaction; a file with any problem saves nothing. */
    @Transactional
    public int importAll(List<Entry> entries) {
        RosterAccess.requireStaff();
        List<ImportError> errors = validate(entries);
        if (!errors.isEmpty()) {
            throw new DomainException("导入文件有 " + errors.size() + " 处问题，未导入任何数据，请修改后重新上传");
        }
        entries.forEach(e -> save(null, e));
        return entries.size();
    }

    private List<ImportError> validate(List<Entry> entries, Long editingId) {
        Term term = terms.current();
        Set<String> delegationNames = delegations.findByTermIdOrderBySortOrder(term.getId()).stream().map(Delegation::getName)
                .collect(Collectors.toSet());
        Set<String> groupNames = groups.findByTermIdOrderByKindAscNameAsc(term.getId()).stream().map(DeputyGroup::getName)
                .collect(Collectors.toSet());
        List<Deputy> existing = deputies.findRoster(term.getId());
        Map<String, Long> cardOwners = new HashMap<>();
        Set<String> existingKeys = new HashSet<>();
        for (Deputy d : existing) {
            if (d.getCardNumber() != null) {
                cardOwners.put(d.getCardNumber(), d.getId());
            }
            if (!d.getId().equals(editingId)) {
                existingKeys.add(d.getName() + "|" + d.getDelegation().getName());
            }
        }
        List<ImportError> errors = new ArrayList<>();
        Set<String> seenCards = new HashSet<>();
        Set<String> seenKeys = new HashSet<>();
        Set<String> seenUsers = new HashSet<>();
        for (Entry e : entries) {
            int line = e.line();
            if (blank(e.name())) {
                errors.add(new ImportError(line, "第" + line + "行：缺少姓名"));
            } else if (e.name().trim().length() > 32) {
                errors.add(new ImportError(line, "第" + line + "行：姓名过长（最多32个字）"));
            }
            if (e.gender() == null) {
                errors.add(new ImportError(line, "第" + line + "行：性别须填写“男”或“女”"));
            }
            if (blank(e.delegation())) {
                errors.add(new ImportError(line, "第" + line + "行：缺少代表团"));
            } else if (!delegationNames.contains(e.delegation().trim())) {
                errors.add(new ImportError(line, "第" + line + "行：代表团“" + e.delegation().trim() + "”不存在"));
            }
            if (!blank(e.name()) && !blank(e.delegation())) {
                String key = e.name().trim() + "|" + e.delegation().trim();
                if (!seenKeys.add(key) || editingId == null && existingKeys.contains(key)
                        || editingId != null && existingKeys.contains(key)) {
                    errors.add(new ImportError(line, "第" + line + "行：代表“" + e.name().trim() + "”在" + e.delegation().trim() + "重复"));
                }
            }
            if (!blank(e.cardNumber())) {
                String card = e.cardNumber().trim();
                Long owner = cardOwners.get(card);
                if (!seenCards.add(card) || owner != null && !owner.equals(editingId)) {
                    errors.add(new ImportError(line, "第" + line + "行：代表证号“" + card + "”重复"));
                }
            }
            for (String g : e.groupNames()) {
                if (!groupNames.contains(g)) {
                    errors.add(new ImportError(line, "第" + line + "行：代表小组“" + g + "”不存在"));
                }
            }
            if (!blank(e.username())) {
                String u = e.username().trim().toLowerCase();
                var account = accounts.findByUsername(u);
                if (account.isEmpty()) {
                    errors.add(new ImportError(line, "第" + line + "行：登录账户“" + u + "”不存在"));
                } else {
                    var linked = deputies.findByUserAccountId(account.get().getId());
                    if (!seenUsers.add(u) || linked.isPresent() && !linked.get().getId().equals(editingId)) {
                        errors.add(new ImportError(line, "第" + line + "行：登录账户“" + u + "”已关联其他代表"));
                    }
                }
            }
        }
        return errors;
    }

    private Deputy save(Deputy d, Entry e) {
        Term term = terms.current();
        Delegation delegation = delegations.findByTermIdOrderBySortOrder(term.getId()).stream()
                .filter(x -> x.getName().equals(e.delegation().trim())).findFirst().orElseThrow();
        Set<DeputyGroup> chosen = groups.findByTermIdOrderByKindAscNameAsc(term.getId()).stream()
                .filter(g -> e.groupNames().contains(g.getName())).collect(Collectors.toCollection(LinkedHashSet::new));
        if (d == null) {
            d = new Deputy(term, e.name().trim(), e.gender(), delegation, trim(e.electoralUnit()), trim(e.sector()),
                    trim(e.position()), trim(e.phone()), trim(e.cardNumber()));
        }
        d.update(e.name().trim(), e.gender(), delegation, trim(e.electoralUnit()), trim(e.sector()), trim(e.position()),
                trim(e.phone()), trim(e.cardNumber()), e.status() == null ? DeputyStatus.SERVING : e.status(), chosen);
        d.linkAccount(blank(e.username()) ? null : accounts.findByUsername(e.username().trim().toLowerCase()).map(UserAccount::getId).orElse(null));
        return deputies.save(d);
    }

    /** Splits a cell such as “法制专业代表小组、东城区代表小组”. */
    public static List<String> splitNames(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[、,，;；]")).map(String::trim).filter(s -> !s.isEmpty()).filter(Objects::nonNull).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
