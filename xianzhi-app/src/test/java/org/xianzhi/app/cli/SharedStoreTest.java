package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.core.region.RegionGazetteer;

/**
 * One DuckDB store shared by processes, as a user shares it: {@code serve} in a process of its own, a read-only reader
 * (JDBC read-only, as Python's {@code duckdb.connect(path, read_only=True)}) in another, and {@code ingest} and
 * {@code search} in this one. Each succeeds while the others run, and the server shows what was ingested without a
 * restart, in its pages' data and its search.
 */
class SharedStoreTest {
    private static final Pattern SERVING = Pattern.compile("serving http://localhost:(\\d+)/");

    @TempDir
    Path temp;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void serveIngestAndAReadOnlyReaderShareOneStore() throws Exception {
        Path first = Files.createDirectories(temp.resolve("first"));
        Files.writeString(first.resolve("pingluo-2023.txt"), """
                平罗县2023年政府工作报告

                2022年，全县地区生产总值完成215.3亿元，增长4.1%。城镇居民人均可支配收入达到38650元，增长4.6%。
                """, StandardCharsets.UTF_8);
        Path later = Files.createDirectories(temp.resolve("later"));
        Files.writeString(later.resolve("pingluo-2024.txt"), """
                平罗县2024年政府工作报告

                2023年，全县地区生产总值完成228.9亿元，增长5.6%。接待游客达到312万人次，旅游收入实现19.7亿元。
                """, StandardCharsets.UTF_8);
        String db = temp.resolve("data/x.duckdb").toString();
        assertThat(CommandRun.of("ingest", "--db", db, first.toString()).exit()).isZero();

        server = java("-Xmx384m", Main.class.getName(), "serve", "--db", db, "--port", "0");
        int port = awaitPort(server);
        assertThat(get(port, "/api/overview")).contains("\"documents\":1,");
        assertThat(get(port, "/api/search?q=" + URLEncoder.encode("旅游收入", StandardCharsets.UTF_8))).isEqualTo("[]");

        // A reader holds the file for three seconds: the server keeps serving beside it, and the ingest waits its turn.
        Process reader = java("-Xmx128m", ReadOnlyReader.class.getName(), db, "3000");
        String readerSaw = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(readerSaw).isEqualTo("documents 1");
        assertThat(get(port, "/api/overview")).contains("\"documents\":1,");
        CommandRun ingest = CommandRun.of("ingest", "--db", db, later.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("1 documents stored").contains("(2 documents,");
        assertThat(reader.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reader.exitValue()).as(new String(reader.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();

        // The server shows the new document, and finds it, without a restart.
        assertThat(get(port, "/api/overview")).contains("\"documents\":2,");
        assertThat(get(port, "/api/search?q=" + URLEncoder.encode("旅游收入", StandardCharsets.UTF_8))).contains("pingluo-2024.txt");

        // A larger ingest while the server answers requests all along: each is answered, none sees fewer documents.
        Path many = temp.resolve("many");
        new CountyDocumentGenerator(RegionGazetteer.standard(), 12).writeTo(many, 40);
        CompletableFuture<CommandRun> busy = CompletableFuture.supplyAsync(() -> CommandRun.of("ingest", "--db", db, many.toString()));
        long seen = 2;
        int answered = 0;
        while (!busy.isDone()) {
            long documents = documents(get(port, "/api/overview"));
            assertThat(documents).isBetween(seen, 42L);
            seen = documents;
            answered++;
        }
        assertThat(busy.get().exit()).as(busy.get().err()).isZero();
        assertThat(answered).isPositive();
        assertThat(documents(get(port, "/api/overview"))).isEqualTo(42);

        // While it serves, another reader and the search command read the store too.
        Process again = java("-Xmx128m", ReadOnlyReader.class.getName(), db, "0");
        assertThat(new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("documents 42");
        assertThat(again.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();
        CommandRun search = CommandRun.of("search", "--db", db, "旅游收入");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("pingluo-2024.txt");
        assertThat(documents(get(port, "/api/overview"))).isEqualTo(42);
    }

    private static long documents(String overview) {
        Matcher m = Pattern.compile("\"documents\":(\\d+),").matcher(overview);
        assertThat(m.find()).as(overview).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void commandsThatReadRefuseAStoreThatDoesNotExist() {
        Path missing = temp.resolve("mistyped/nonexist.duckdb");
        for (List<String> args : List.of(
                List.of("export", "--format", "csv", "-o", temp.resolve("out.csv").toString()),
                List.of("search", "旅游收入"),
                List.of("serve", "--port", "0"))) {
            List<String> command = new ArrayList<>(args);
            command.addAll(List.of("--db", missing.toString()));
            CommandRun run = CommandRun.of(command.toArray(String[]::new));
            assertThat(run.exit()).as(args.get(0)).isEqualTo(3);
            assertThat(run.err().strip()).as(args.get(0)).isEqualTo("xianzhi: no store at " + missing.toAbsolutePath()
                    + " (check --db; ingest creates a store)");
        }
        assertThat(missing.getParent()).doesNotExist();
        assertThat(temp.resolve("out.csv")).doesNotExist();
    }

    private static Process java(String heap, String main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static int awaitPort(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server stopped: " + new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
