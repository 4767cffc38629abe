package org.xianzhi.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Guards the write endpoints: a server started without a token is read-only (403); with one, a request must carry
 * {@code Authorization: Bearer <token>} (401 without it, 403 with a wrong one), and its body may not exceed the size
 * limit (413).
 */
final class WriteAccess {
    private final byte[] token;
    private final long maxBytes;

    /** @param token the token, or null for a read-only server */
    WriteAccess(String token, long maxBytes) {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the upload limit cannot be less than 1 byte, was " + maxBytes);
        }
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Throws the refusal for a request that may not write. */
    void check(Context ctx) {
        if (token == null) {
            throw new HttpResponseException(403, "this server is read-only: start it with --token to allow uploads");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpResponseException(401, "an upload needs the header Authorization: Bearer <token>");
        }
        // Constant time, so that the comparison does not tell how much of a guess was right.
        if (!MessageDigest.isEqual(token, header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8))) {
            throw new HttpResponseException(403, "wrong token");
        }
    }

    /** The request body, refused with 413 as soon as it passes the limit. */
    byte[] body(Context ctx) throws IOException {
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
            throw tooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = ctx.bodyInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge();
                }
            }
        }
        return out.toByteArray();
    }

    private HttpResponseException tooLarge() {
        return new HttpResponseException(413, "the upload is larger than the limit of " + maxBytes + " bytes");
    }

    /** The name to store an upload under: the last part of what the client called it, without control characters. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "upload.txt";
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return "upload/" + name;
    }
}
