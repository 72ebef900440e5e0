package cn.congress.domain.org;

import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.ReferenceData;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The organisation tree, maintained by the system administrator. */
@Service
@RequiredArgsConstructor
public class OrgUnitService {

    private final OrgUnitRepository units;
    private final ReferenceData referenceData;

    public record OrgDetails(String name, String shortName, OrgType type, Long parentId, int sortOrder) {
    }

    @Transactional(readOnly = true)
    public OrgUnit get(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("组织机构", id));
    }

    /** One unit as the administration pages show it. */
    @Transactional(readOnly = true)
    public OrgUnitRow row(long id) {
        return OrgUnitRow.of(get(id));
    }

    /** The whole tree flattened in display order, with depths; one query. */
    @Transactional(readOnly = true)
    public List<OrgTreeNode> tree() {
        List<OrgUnit> all = units.findAllOrdered();
        Map<Long, List<OrgUnit>> byParent = new HashMap<>();
        for (OrgUnit unit : all) {
            Long parentId = unit.getParent() == null ? null : unit.getParent().getId();
            byParent.computeIfAbsent(parentId, k -> new ArrayList<>()).add(unit);
        }
        List<OrgTreeNode> flat = new ArrayList<>();
        build(byParent, null, 0, flat);
        return flat;
    }

    /** The handling units as choices for a page (read models, not entities); kept in memory until org_unit changes. */
    public List<OrgOption> handlingUnitOptions() {
        return referenceData.get("org_unit", "handling-options",
                () -> handlingUnits().stream().map(u -> new OrgOption(u.getId(), u.getName())).toList());
    }

    /** The committee's working bodies as choices for a page; kept in memory until org_unit changes. */
    public List<OrgOption> committeeBodyOptions() {
        return referenceData.get("org_unit", "committee-options",
                () -> committeeBodies().stream().map(u -> new OrgOption(u.getId(), u.getName())).toList());
    }

    /** Units that can be assigned work (government departments, courts …), for select boxes. */
    @Transactional(readOnly = true)
    public List<OrgUnit> handlingUnits() {
        return units.findActiveByTypes(EnumSet.allOf(OrgType.class).stream().filter(OrgType::isHandlingUnit).toList());
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> committeeBodies() {
        return units.findActiveByTypes(EnumSet.allOf(OrgType.class).stream().filter(OrgType::isCommitteeBody).toList());
    }

    @Transactional
    public OrgUnit create(String code, OrgDetails details) {
        String normalized = code.trim().toUpperCase();
        if (units.existsByCode(normalized)) {
            throw new DomainException("机构代码“" + normalized + "”已被使用");
        }
        referenceData.changed("org_unit");
        return units.save(new OrgUnit(details.name().trim(), blankToNull(details.shortName()), normalized, details.type(),
                parent(details.parentId()), details.sortOrder()));
    }

    @Transactional
    public OrgUnit update(long id, long expectedVersion, OrgDetails details) {
        OrgUnit unit = get(id);
        unit.checkVersion(expectedVersion);
        referenceData.changed("org_unit");
        unit.update(details.name().trim(), blankToNull(details.shortName()), details.type(), parent(details.parentId()), details.sortOrder());
        return unit;
    }

    @Transactional
    public void setActive(long id, boolean active) {
        get(id).setActive(active);
        referenceData.changed("org_unit");
    }

    private void build(Map<Long, List<OrgUnit>> byParent, Long parentId, int depth, List<OrgTreeNode> out) {
        for (OrgUnit unit : byParent.getOrDefault(parentId, List.of())) {
            List<OrgTreeNode> children = new ArrayList<>();
            OrgTreeNode node = new OrgTreeNode(OrgUnitRow.of(unit), depth, children);
            out.add(node);
            int before = out.size();
            build(byParent, unit.getId(), depth + 1, out);
            children.addAll(out.subList(before, out.size()).stream().filter(n -> n.depth() == depth + 1).toList());
        }
    }

    private OrgUnit parent(Long parentId) {
        return parentId == null ? null : get(parentId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
