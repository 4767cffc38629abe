package org.xianzhi.core.region;

import java.util.Objects;

/**
 * One administrative division.
 *
 * @param code       the 6-digit GB/T 2260 code ({@code 141127})
 * @param name       the full official name in simplified Chinese ({@code 岚县}, {@code 吕梁市}); the {@code region}
 *                   of a fact
 * @param level      province, prefecture or county level
 * @param parentCode the code of the enclosing division, or {@code null} for a province; counties of the municipalities
 *                   and the province-administered counties (济源市, 仙桃市) hang directly under their province
 * @param shortName  the form used in running text ({@code 吕梁}, {@code 柳林}, {@code 山西}); equal to {@code name}
 *                   when no shorter form is safe ({@code 岚县}, {@code 城区})
 */
public record Region(String code, String name, RegionLevel level, String parentCode, String shortName) {
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(shortName, "shortName");
        if (code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("code must be 6 digits, was '" + code + "' for " + name);
        }
        if (name.isEmpty() || shortName.isEmpty()) {
            throw new IllegalArgumentException("name and shortName must not be empty for " + code);
        }
        if ((parentCode == null) != (level == RegionLevel.PROVINCE)) {
            throw new IllegalArgumentException("exactly the provinces have no parent, but " + code + " " + name
                    + " is " + level + " with parent " + parentCode);
        }
    }

    /** Whether the short form differs from the full name, i.e. whether text may name the region by it. */
    public boolean hasShortForm() {
        return !shortName.equals(name);
    }
}
