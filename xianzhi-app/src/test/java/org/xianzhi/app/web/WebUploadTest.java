package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code POST /api/documents} on a server started with a token: the token check, the size limit, storing once. */
class WebUploadTest {
    private static final String TOKEN = "s3cret-token";
    private static final int LIMIT = 4096;
    private static final byte[] REPORT = """
            临泽县2024年政府工作报告
            2023年,全县地区生产总值完成98.7亿元,增长6.4%;一般公共预算收入完成5.2亿元,增长8.3%。
            2024年目标:地区生产总值增长6.5%左右。
            """.getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path temp;

    static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.start(temp.resolve("upload.duckdb"), List.of(), DocumentSearch.none(), TOKEN, LIMIT);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    private static WebClient.Reply upload(String name, byte[] body, String... headers) throws Exception {
        return web.client.post("/api/documents?name=" + WebClient.q(name), body, headers);
    }

    @Test
    void withoutTheTokenAnUploadIs401AndWithAWrongOne403() throws Exception {
        long before = web.store.documentCount();
        WebClient.Reply none = upload("a.txt", REPORT);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("error").asText()).contains("Authorization: Bearer");
        assertThat(upload("a.txt", REPORT, "Authorization", "Bearer wrong").status()).isEqualTo(403);
        assertThat(upload("a.txt", REPORT, "Authorization", "Basic " + TOKEN).status()).isEqualTo(401);
        assertThat(web.store.documentCount()).isEqualTo(before);
    }

    @Test
    void withTheTokenAnUploadIsStoredOnceAndServedWithItsFacts() throws Exception {
        WebClient.Reply first = upload("../../etc/临泽县报告.txt", REPORT, "Authorization", "Bearer " + TOKEN);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode u = first.json();
        assertThat(u.path("stored").asBoolean()).isTrue();
        assertThat(u.path("file").asText()).isEqualTo("upload/临泽县报告.txt");
        assertThat(u.path("facts").asInt()).isPositive();

        JsonNode doc = web.client.get("/api/documents/" + u.path("id").asText()).json();
        assertThat(doc.path("original").asText()).contains("98.7亿元");
        assertThat(doc.path("facts").size()).isEqualTo(u.path("facts").asInt());
        assertThat(web.client.get("/api/regions/620723").status()).isEqualTo(200);

        WebClient.Reply again = upload("again.txt", REPORT, "Authorization", "Bearer " + TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("stored").asBoolean()).isFalse();
        assertThat(again.json().path("id").asText()).isEqualTo(u.path("id").asText());
    }

    @Test
    void anUploadWithAFigureNoColumnHoldsIsStoredWithoutItAndSaysWhy() throws Exception {
        byte[] poison = """
                临泽县2024年政府工作报告
                2023年,全县地区生产总值完成99999999999999999999999999999999999999亿元,增长6.2%。
                """.getBytes(StandardCharsets.UTF_8);
        WebClient.Reply r = upload("poison.txt", poison, "Authorization", "Bearer " + TOKEN);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).doesNotContainIgnoringCase("insert").doesNotContainIgnoringCase("sql");
        assertThat(r.json().path("facts").asInt()).isEqualTo(1);
        assertThat(r.json().path("dropped").get(0).asText()).startsWith("upload/poison.txt: 地区生产总值 9999")
                .contains("DECIMAL(38,10)");
        // The reply is what the API document promises: every field it carries is declared in the Upload schema.
        JsonNode declared = web.client.get("/api/openapi.json").json().path("components").path("schemas")
                .path("Upload").path("properties");
        r.json().fieldNames().forEachRemaining(field -> assertThat(declared.has(field)).as(field).isTrue());
    }

    @Test
    void anUploadOverTheLimitIs413() throws Exception {
        byte[] big = new byte[LIMIT + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        WebClient.Reply r = upload("big.txt", big, "Authorization", "Bearer " + TOKEN);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("error").asText()).contains(Integer.toString(LIMIT));
    }

    @Test
    void anEmptyUploadIs400WithTheReadersReason() throws Exception {
        WebClient.Reply r = upload("empty.txt", new byte[0], "Authorization", "Bearer " + TOKEN);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).contains("empty");
    }

    @Test
    void getIsNotAllowedToWriteAndOtherMethodsAreRefused() throws Exception {
        assertThat(web.client.post("/api/regions", REPORT, "Authorization", "Bearer " + TOKEN).status()).isIn(404, 405);
    }
}
