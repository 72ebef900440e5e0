package cn.congress.domain.org;

import cn.congress.domain.shared.Labeled;

/** Kinds of organisation unit the committee deals with. */
public enum OrgType implements Labeled {
    /** 人大常委会 (the root of the committee's own tree). */
    STANDING_COMMITTEE,
    /** 办事机构，如办公室（办公厅）、研究室. */
    COMMITTEE_OFFICE,
    /** 工作机构，如法制工作委员会、代表工作委员会. */
    WORKING_BODY,
    /** 专门委员会，如法制委员会、财政经济委员会. */
    SPECIAL_COMMITTEE,
    /** 人民政府. */
    GOVERNMENT,
    /** 政府组成部门及直属机构. */
    GOVERNMENT_DEPARTMENT,
    /** 监察委员会. */
    SUPERVISORY_COMMISSION,
    /** 人民法院. */
    COURT,
    /** 人民检察院. */
    PROCURATORATE,
    /** 区（县）人大常委会. */
    DISTRICT_CONGRESS,
    /** 街道人大工委、乡镇人大. */
    SUBDISTRICT_CONGRESS,
    /** 其他单位（企事业单位、社会组织）. */
    OTHER;

    /** Units that can be assigned work to answer (suggestions, review opinions, problem lists). */
    public boolean isHandlingUnit() {
        return switch (this) {
            case GOVERNMENT, GOVERNMENT_DEPARTMENT, SUPERVISORY_COMMISSION, COURT, PROCURATORATE, DISTRICT_CONGRESS, OTHER -> true;
            default -> false;
        };
    }

    /** Units of the committee's own organisation. */
    public boolean isCommitteeBody() {
        return switch (this) {
            case STANDING_COMMITTEE, COMMITTEE_OFFICE, WORKING_BODY, SPECIAL_COMMITTEE -> true;
            default -> false;
        };
    }
}
