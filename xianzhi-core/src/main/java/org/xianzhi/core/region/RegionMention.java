package org.xianzhi.core.region;

import java.util.List;
import java.util.Objects;

/**
 * A region name found in a text: the span {@code [start, end)}, every region that carries that name (several for
 * {@code 和平区} or {@code 朝阳}), and whether the text used the short form ({@code 柳林}) rather than the full name
 * ({@code 柳林县}).
 */
public record RegionMention(int start, int end, List<Region> regions, boolean shortForm) {
    public RegionMention {
        regions = List.copyOf(regions);
        if (regions.isEmpty() || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention [" + start + ", " + end + ") of " + regions);
        }
    }

    /** Whether the name is carried by only one region. */
    public boolean unambiguous() {
        return regions.size() == 1;
    }

    /** Whether the mention names {@code region} (among possibly others). */
    public boolean names(Region region) {
        return regions.contains(Objects.requireNonNull(region, "region"));
    }
}
