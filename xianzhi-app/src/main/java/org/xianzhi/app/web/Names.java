package org.xianzhi.app.web;

import org.xianzhi.core.indicator.IndicatorEnglish;

/**
 * Names from the taxonomy in the page's language: as stored in Chinese, from the taxonomy's English names
 * ({@link IndicatorEnglish}) in English. A name without an English one stays Chinese rather than vanish.
 */
final class Names {
    private static final IndicatorEnglish ENGLISH = IndicatorEnglish.standard();

    private Names() {
    }

    static String indicator(Labels l, String name) {
        return l == Labels.ENGLISH ? ENGLISH.indicator(name).orElse(name) : name;
    }

    static String unit(Labels l, String unit) {
        if (l != Labels.ENGLISH || unit.isEmpty()) {
            return unit;
        }
        String english = ENGLISH.unit(unit);
        // A figure reads "5.5%" but "58.3 100 million yuan".
        return english.isEmpty() || english.equals("%") ? english : " " + english;
    }
}
