package cn.congress.deputies.livelihood;

import cn.congress.domain.org.OrgType;
import cn.congress.domain.shared.Labeled;

/** The level of the congress whose deputies vote: city, district (区县) or township (乡镇、街道). */
public enum Level implements Labeled {
    CITY, DISTRICT, TOWNSHIP;

    static Level of(OrgType congressType) {
        return switch (congressType) {
            case DISTRICT_CONGRESS -> DISTRICT;
            case SUBDISTRICT_CONGRESS -> TOWNSHIP;
            default -> CITY;
        };
    }
}
