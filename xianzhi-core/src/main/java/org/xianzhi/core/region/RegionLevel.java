package org.xianzhi.core.region;

/** The three levels of division the gazetteer holds, from the top. */
public enum RegionLevel {
    /** 省, 自治区, 直辖市. */
    PROVINCE,
    /** 地级: 地级市, 地区, 自治州, 盟. */
    PREFECTURE,
    /** 县级: 县, 县级市, 市辖区, 旗, 自治县, 特区, 林区. */
    COUNTY
}
