package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the page tests in a browser share: a real server over a store of documents and headless Chromium, for one test
 * class, and a console free of errors after every test. Skipped where Debian's chromium and chromium-driver are not
 * installed, except under CI, which installs them: there a missing browser is a failure, not a skip.
 */
abstract class InBrowser {
    @TempDir
    static Path temp;

    static WebFixture web;
    static HeadlessChromium browser;
    static String base;

    /** Ingests {@code documents} into a new store, serves it with no document search, and starts the browser. */
    static void startBrowsing(List<Path> documents) throws Exception {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(HeadlessChromium.installed()).as("CI installs chromium and chromium-driver").isTrue();
        }
        assumeTrue(HeadlessChromium.installed(), "needs Debian's chromium and chromium-driver");
        web = WebFixture.start(temp.resolve("browser.duckdb"), documents, DocumentSearch.none(), null, 1 << 20);
        base = "http://127.0.0.1:" + web.server.port();
        browser = HeadlessChromium.start(Files.createDirectories(temp.resolve("profile")));
    }

    static void open(String path) {
        browser.open(base + path);
    }

    @AfterAll
    static void stopBrowsing() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (web != null) {
            web.close();
            web = null;
        }
    }

    @AfterEach
    void noPageWroteAnErrorToTheConsole() {
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
