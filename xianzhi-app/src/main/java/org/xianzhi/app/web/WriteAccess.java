package org.xianzhi.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Guards the write endpoints: a server started without a token is read-only (403); with one, a request must carry
 * {@code Authorization: Bearer <token>} (401 without it, 403 with a wrong one), and its body may not exceed the size
 * limit (413).
 */
final class WriteAccess {
    /**
     * Upload bodies read at once. Each holds a server thread while its bytes arrive; 300 slow uploads once held every
     * thread and starved the readers. More are refused at once with 503.
     */
    static final int MAX_CONCURRENT_UPLOADS = 4;
    /** The longest a body may take to arrive: 10 MB over a slow line takes seconds, a minute is an attack. */
    static final Duration MAX_UPLOAD_TIME = Duration.ofSeconds(60);

    private final byte[] token;
    private final long maxBytes;
    private final Semaphore uploads = new Semaphore(MAX_CONCURRENT_UPLOADS);

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

    /**
     * The request body, refused with 413 as soon as it passes the limit, 408 when it takes longer than
     * {@link #MAX_UPLOAD_TIME}, 503 when {@link #MAX_CONCURRENT_UPLOADS} are already arriving.
     */
    byte[] body(Context ctx) throws IOException {
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
            throw tooLarge();
        }
        if (!uploads.tryAcquire()) {
            ctx.header("Retry-After", "10");
            throw new HttpResponseException(503, "too many uploads at once (" + MAX_CONCURRENT_UPLOADS + "): try again shortly");
        }
        try {
            long deadline = System.nanoTime() + MAX_UPLOAD_TIME.toNanos();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = ctx.bodyInputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    out.write(buffer, 0, n);
                    if (out.size() > maxBytes) {
                        throw tooLarge();
                    }
                    if (System.nanoTime() > deadline) {
                        throw new HttpResponseException(408, "the upload took longer than " + MAX_UPLOAD_TIME.toSeconds() + " s");
                    }
                }
            } catch (IOException e) {
                // The client hung up or went silent past the idle timeout: its fault, not the server's.
                throw new HttpResponseException(400, "the upload ended before its body did");
            }
            return out.toByteArray();
        } finally {
            uploads.release();
        }
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
