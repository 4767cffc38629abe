package org.xianzhi.app.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xianzhi.core.indicator.Indicator;
import org.xianzhi.core.indicator.IndicatorTaxonomy;

/**
 * A query's indicator names widened to every way documents write them: a word of the query that is an indicator's
 * canonical name or one of its aliases (the taxonomy of {@code xianzhi-core}) becomes the group of all of them, so
 * {@code 旅游收入} also finds {@code 旅游综合收入} and {@code GDP} finds {@code 地区生产总值}. Words in quotes are a
 * phrase the user wrote on purpose and stay as written; operators, groups and {@code -word} keep their meaning
 * ({@code -旅游收入} excludes every spelling).
 */
final class IndicatorQueryExpansion {
    private final IndicatorTaxonomy taxonomy;

    IndicatorQueryExpansion(IndicatorTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    String expand(String query) {
        StringBuilder out = new StringBuilder(query.length() * 2);
        boolean quoted = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                out.append(c);
                i++;
            } else if (quoted || isBreak(c)) {
                out.append(c);
                i++;
            } else {
                int end = i;
                while (end < query.length() && !isBreak(query.charAt(end)) && query.charAt(end) != '"') {
                    end++;
                }
                String word = query.substring(i, end);
                out.append(spellings(word).map(IndicatorQueryExpansion::group).orElse(word));
                i = end;
            }
        }
        return out.toString();
    }

    /**
     * Every spelling of the indicator a word names, the word first; empty when it names none. A spelling that holds
     * another ({@code 实现旅游收入} holds {@code 旅游收入}) finds nothing more and would mark more than the name, so it is
     * left out.
     */
    Optional<List<String>> spellings(String word) {
        Optional<Indicator> indicator = taxonomy.byName(word).or(() -> taxonomy.byAlias(word));
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(word);
        all.add(indicator.get().name());
        all.addAll(indicator.get().aliases());
        List<String> shortest = new ArrayList<>();
        for (String s : all) {
            if (all.stream().noneMatch(other -> other.length() < s.length() && s.contains(other))) {
                shortest.add(s);
            }
        }
        return Optional.of(shortest);
    }

    private static String group(List<String> spellings) {
        List<String> phrases = spellings.stream().map(s -> '"' + s.replace("\"", "") + '"').toList();
        return "(" + String.join(" OR ", phrases) + ")";
    }

    /** Where a word of the query ends: space, a group, or an operator's sign before it. */
    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '+' || c == '-' || c == '!' || c == '\u3000';
    }
}
