package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a hostile client meets: security headers on every response, errors under /api always in the documented JSON
 * (Jetty's own 414 included, a 500 without internal text), file names without the server's folders, and slow uploads
 * that cannot starve the readers.
 */
class WebHardeningTest {
    private static final String TOKEN = "hardening-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path temp;

    static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        Path report = Files.writeString(Files.createDirectories(temp.resolve("srv/secret-folder")).resolve("石楼县报告.txt"),
                "石楼县2023年政府工作报告\n2023年，全县地区生产总值完成61.2亿元，增长5.1%。\n");
        web = WebFixture.start(temp.resolve("h.duckdb"), List.of(report), DocumentSearch.none(), TOKEN, 1 << 20);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/api/overview", "/api/no-such-thing", "/assets/app.js", "/documents/nope")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void thePagesHoldNoInlineScriptTheirPolicyWouldBlock() throws Exception {
        String page = get("/").body();
        assertThat(page).contains("<script src=\"/assets/app.js\"");
        assertThat(java.util.Arrays.stream(page.split("<script", -1)).skip(1)).allMatch(tag -> tag.startsWith(" src="));
        assertThat(page).doesNotContainPattern(" on[a-z]+=");
    }

    @Test
    void aRequestLineTooLongIsRefusedInTheApisJsonShape() throws Exception {
        HttpResponse<String> r = get("/api/facts?region=" + "x".repeat(20_000));
        assertThat(r.statusCode()).isEqualTo(414);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertThat(body.path("status").asInt()).isEqualTo(414);
        assertThat(body.path("error").asText()).isNotBlank();
    }

    @Test
    void theApiDocumentDeclaresTheRefusalsTheServerMakes() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(get("/api/openapi.json").body());
        List<String> paths = new ArrayList<>();
        spec.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).isNotEmpty();
        for (String path : paths) {
            // Jetty refuses a request line too long before any route: every operation can answer 414.
            String concrete = path.replaceAll("\\{[^}]+}", "x");
            assertThat(get(concrete + "?q=" + "x".repeat(20_000)).statusCode()).as(concrete).isEqualTo(414);
            spec.path("paths").path(path).fields().forEachRemaining(operation -> assertThat(
                    operation.getValue().path("responses").has("414") && operation.getValue().path("responses").has("500"))
                    .as(operation.getKey() + " " + path).isTrue());
        }
        // What the upload guard answers (WriteAccess; 503 and 408 are seen in the slow-upload test) is declared.
        JsonNode upload = spec.path("paths").path("/api/documents").path("post").path("responses");
        for (String status : List.of("401", "403", "408", "413", "503")) {
            assertThat(upload.has(status)).as(status).isTrue();
        }
    }

    @Test
    void documentsAndFactsNameTheFileNotTheServersFolders() throws Exception {
        for (String path : List.of("/api/documents", "/api/facts")) {
            String body = get(path).body();
            assertThat(body).as(path).contains("\"file\":\"石楼县报告.txt\"").doesNotContain("secret-folder");
        }
    }

    @Test
    void slowUploadsAreHeldToAFewAndReadersAreServedMeanwhile() throws Exception {
        int clients = 12;
        List<Socket> slow = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < clients; i++) {
                Socket s = new Socket("127.0.0.1", web.server.port());
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/documents?name=slow" + i + ".txt HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + TOKEN + "\r\nContent-Length: 100000\r\n\r\n石楼县").getBytes(StandardCharsets.UTF_8));
                out.flush();
                slow.add(s);
            }
            Thread.sleep(500);
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> read = get("/api/overview");
                assertThat(read.statusCode()).isEqualTo(200);
            }
            int refused = 0;
            for (Socket s : slow) {
                if (s.getInputStream().available() > 0 || answered(s)) {
                    refused++;
                }
            }
            assertThat(refused).isGreaterThanOrEqualTo(clients - WriteAccess.MAX_CONCURRENT_UPLOADS);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    /** Whether the server answered a slow upload at once, with 503. */
    private static boolean answered(Socket s) throws IOException {
        s.setSoTimeout(300);
        try {
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            return new String(head, StandardCharsets.US_ASCII).contains(" 503");
        } catch (java.net.SocketTimeoutException e) {
            return false;
        }
    }

    @Test
    void anInternalFailureIs500WithoutItsText() throws Exception {
        try (WebFixture broken = WebFixture.start(temp.resolve("broken.duckdb"), List.of(), DocumentSearch.none(), null, 1024)) {
            broken.store.close();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + broken.server.port()
                    + "/api/regions")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(new ObjectMapper().readTree(r.body()).path("error").asText()).isEqualTo("internal error");
            assertThat(r.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql");
        }
    }
}
