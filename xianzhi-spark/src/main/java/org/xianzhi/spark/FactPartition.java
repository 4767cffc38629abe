package org.xianzhi.spark;

import java.util.List;

import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionGazetteer;

/**
 * The columns the facts are partitioned by, so that a province's or a year's facts are read without the rest.
 * <ul>
 *   <li>{@code province}: the 2-digit GB/T 2260 prefix of the fact's region ({@code 14} for 山西省); from the region's
 *       name through the gazetteer when the code is missing and the name is unambiguous; {@value #UNKNOWN} when
 *       neither tells.</li>
 *   <li>{@code year}: the year of the fact's period; a range ({@code 2021-2025}) goes under its last year, the year by
 *       which a plan's target is due and its outcome reported.</li>
 * </ul>
 */
final class FactPartition {
    static final String PROVINCE = "province";
    static final String YEAR = "year";
    /** No GB/T 2260 province starts with 00. */
    static final String UNKNOWN = "00";

    private final RegionGazetteer gazetteer;

    FactPartition(RegionGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    String province(Fact f) {
        String code = f.regionCode();
        if (code == null) {
            List<Region> named = f.region().isEmpty() ? List.of() : gazetteer.byName(f.region());
            code = named.size() == 1 ? named.get(0).code() : null;
        }
        return code == null || code.length() < 2 ? UNKNOWN : code.substring(0, 2);
    }

    static int year(Fact f) {
        String period = f.period();
        return Integer.parseInt(period.substring(period.length() - 4));
    }
}
