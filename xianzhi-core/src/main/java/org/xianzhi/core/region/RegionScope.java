package org.xianzhi.core.region;

import java.util.Objects;

/**
 * Whom a figure is about, seen from the document's own region: the region itself ({@code 全县}, {@code 我县},
 * {@code 柳林县}, or nothing said), a region enclosing it ({@code 全市}, {@code 吕梁市}, {@code 全省}), another
 * named region ({@code 离石区}), or the whole country ({@code 全国}).
 *
 * @param kind   how the region relates to the document's own region
 * @param region the region the figure is about; {@code null} only for {@link Kind#NATION}
 */
public record RegionScope(Kind kind, Region region) {
    /** How the figure's region relates to the document's region. */
    public enum Kind {
        /** The document's own region. */
        OWN,
        /** A region that contains the document's region: its prefecture or province. */
        ENCLOSING,
        /** Some other named region. */
        OTHER,
        /** The whole country; there is no region record for it. */
        NATION
    }

    public RegionScope {
        Objects.requireNonNull(kind, "kind");
        if ((region == null) != (kind == Kind.NATION)) {
            throw new IllegalArgumentException("a " + kind + " scope " + (region == null ? "needs" : "has no") + " region");
        }
    }

    /** Whether the figure is about the document's own region. */
    public boolean isOwn() {
        return kind == Kind.OWN;
    }
}
