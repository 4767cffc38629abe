package org.xianzhi.app.web;

import java.util.Map;

/**
 * The headers every response carries. The pages load scripts only from {@code /assets} (no inline script, no
 * handler attribute), so the policy allows the app's own scripts and nothing else; styles may be inline because
 * ECharts writes its tooltips with style attributes. Nobody may frame the pages, sniff a type, or learn the address a
 * reader came from.
 */
final class SecurityHeaders {
    static final Map<String, String> FIELDS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {
    }
}
