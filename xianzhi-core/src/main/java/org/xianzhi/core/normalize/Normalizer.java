package org.xianzhi.core.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.TextFilter;

/**
 * The normalization chain: original text in, clean simplified text out, every character mapped back to the original.
 * This class only knows the order of the filters (STYLE.md §2); each filter does one thing. Build it once and share
 * it: filters are immutable and thread-safe, and some load tables when built.
 */
public final class Normalizer {
    private final List<TextFilter> filters;

    public Normalizer(List<TextFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** The full chain, in the order that lets each filter see the damage it repairs. */
    public static Normalizer standard() {
        return new Normalizer(List.of(
                new GbkMojibakeRepairFilter(),
                new PinyinGlossFilter(),
                new EscapedMarkupFilter(),
                new FullWidthFilter(),
                new TraditionalToSimplifiedFilter(),
                new LayoutNoiseFilter()));
    }

    /** The names of the filters, in chain order. */
    public List<String> stepNames() {
        return filters.stream().map(TextFilter::name).toList();
    }

    /**
     * A chain of only the named filters, still in chain order.
     *
     * @throws IllegalArgumentException naming any step that does not exist
     */
    public Normalizer only(Collection<String> names) {
        Set<String> known = Set.copyOf(stepNames());
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown step(s) " + String.join(", ", unknown)
                    + "; the steps are " + String.join(", ", stepNames()));
        }
        Set<String> wanted = Set.copyOf(names);
        return new Normalizer(filters.stream().filter(f -> wanted.contains(f.name())).collect(Collectors.toCollection(ArrayList::new)));
    }

    /** Runs the chain over an original text. */
    public MappedText normalize(String original) {
        MappedText text = MappedText.of(original);
        for (TextFilter filter : filters) {
            text = text.then(filter);
        }
        return text;
    }
}
