package cn.congress.domain.org;

/** An organisation unit as the administration pages show and edit it. */
public record OrgUnitRow(long id, String code, String name, String shortName, OrgType type, Long parentId, int sortOrder,
                         boolean active, long version) {

    static OrgUnitRow of(OrgUnit u) {
        return new OrgUnitRow(u.getId(), u.getCode(), u.getName(), u.getShortName(), u.getType(),
                u.getParent() == null ? null : u.getParent().getId(), u.getSortOrder(), u.isActive(), u.getVersion());
    }
}
