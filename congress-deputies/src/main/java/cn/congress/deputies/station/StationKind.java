package cn.congress.deputies.station;

import cn.congress.domain.shared.Labeled;

/** The three names the field uses for a place where deputies meet residents. */
public enum StationKind implements Labeled {
    /** 代表之家, usually of a township or sub-district. */
    HOME,
    /** 代表联络站. */
    STATION,
    /** 代表联络点, in a community, enterprise or park. */
    POINT
}
