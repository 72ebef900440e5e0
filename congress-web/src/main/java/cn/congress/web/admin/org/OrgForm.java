package cn.congress.web.admin.org;

import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnitRow;
import cn.congress.domain.org.OrgUnitService.OrgDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record OrgForm(
        @NotBlank(message = "{org.code.required}") @Pattern(regexp = "^[A-Za-z0-9_-]{2,32}$", message = "{org.code.pattern}")
        @Size(max = 32, message = "机构代码不能超过32字") String code,
        @NotBlank(message = "{org.name.required}") @Size(max = 100, message = "{org.name.size}")
        String name,
        @Size(max = 30, message = "{org.shortName.size}")
        String shortName,
        @NotNull(message = "{org.type.required}")
        OrgType type,
        Long parentId,
        @Min(value = 0, message = "{org.sortOrder.range}") @Max(value = 9999, message = "{org.sortOrder.range}")
        int sortOrder,
        long version) {

    static OrgForm empty(Long parentId) {
        return new OrgForm("", "", "", null, parentId, 100, 0);
    }

    static OrgForm of(OrgUnitRow unit) {
        return new OrgForm(unit.code(), unit.name(), unit.shortName(), unit.type(), unit.parentId(), unit.sortOrder(), unit.version());
    }

    OrgDetails details() {
        return new OrgDetails(name, shortName, type, parentId, sortOrder);
    }
}
