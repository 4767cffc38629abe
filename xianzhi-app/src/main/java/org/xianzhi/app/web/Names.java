package org.xianzhi.app.web;

/** Names from the taxonomy in the page's language. */
final class Names {
    private Names() {
    }

    static String indicator(Labels l, String name) {
        return name;
    }

    static String unit(Labels l, String unit) {
        return unit;
    }
}
