package org.xianzhi.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.xianzhi.core.ingest.UnreadableDocumentException.Reason;

/**
 * Reads the text of a PDF or DOCX in a child JVM of its own, with a heap limit and a time limit. Parsers of hostile
 * files fail in ways no bound inside one JVM contains: PDFBox grew one damaged font's CMap to 4.2 GB, and a thread
 * cannot be stopped safely once it loops. A child that runs out of heap exits ({@code -XX:+ExitOnOutOfMemoryError}),
 * one over time is killed, and either way the document is reported and the run goes on with its heap intact.
 *
 * <p>It costs a JVM start per container document (about a second of CPU with Tika's classes); plain text and HTML,
 * most of a county corpus, never pay it.
 *
 * @param heapMegabytes the child's heap
 * @param timeLimit     how long a child may run
 */
public record IsolatedContainers(int heapMegabytes, Duration timeLimit) {
    /** What one PDF or DOCX may use by default: enough for a 300-page report, far from what a bomb needs. */
    public static final IsolatedContainers DEFAULT = new IsolatedContainers(768, Duration.ofSeconds(60));

    /** The child exits with 10 + the ordinal of the reason it refused the document; its message on standard error. */
    private static final int REFUSED = 10;
    private static final int OUT_OF_MEMORY = 3;

    public IsolatedContainers {
        if (heapMegabytes < 64) {
            throw new IllegalArgumentException("heapMegabytes cannot be less than 64, was " + heapMegabytes);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
        }
    }

    String extract(ContainerText container, String file, byte[] bytes) throws UnreadableDocumentException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(java, "-Xmx" + heapMegabytes + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), IsolatedContainers.class.getName(), container.kind());
        Process child;
        try {
            child = new ProcessBuilder(command).start();
        } catch (IOException e) {
            // No child to be had (no java binary at hand): read in this JVM, within the expansion bounds.
            return container.extract(file, bytes);
        }
        CompletableFuture<byte[]> out = drain(child.getInputStream());
        CompletableFuture<byte[]> err = drain(child.getErrorStream());
        try {
            try (OutputStream in = child.getOutputStream()) {
                in.write(bytes);
            } catch (IOException e) {
                // The child died before reading everything: its exit status says why.
            }
            if (!child.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
                throw new UnreadableDocumentException(file, Reason.NOT_TEXT, "not text: a " + container.kind()
                        + " document the parser did not finish in " + timeLimit.toSeconds() + " s");
            }
            int status = child.exitValue();
            if (status == 0) {
                return new String(out.get(), StandardCharsets.UTF_8);
            }
            String message = new String(err.get(), StandardCharsets.UTF_8).strip();
            if (status >= REFUSED && status < REFUSED + Reason.values().length) {
                throw new UnreadableDocumentException(file, Reason.values()[status - REFUSED], message);
            }
            String why = status == OUT_OF_MEMORY || message.contains("OutOfMemoryError")
                    ? "needed more than " + heapMegabytes + " MB of memory to read"
                    : "broke the parser (exit " + status + ")";
            throw new UnreadableDocumentException(file, Reason.NOT_TEXT, "not text: a " + container.kind() + " document that " + why);
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(file, Reason.NOT_TEXT, "not text: reading was interrupted", e);
        } catch (ExecutionException e) {
            throw new UnreadableDocumentException(file, Reason.NOT_TEXT, "not text: the parser's output was lost", e);
        } finally {
            child.destroyForcibly();
        }
    }

    /** Threads that drain the children's output: their own, since each blocks until its child ends. */
    private static final ExecutorService DRAINS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "xianzhi-container-output");
        t.setDaemon(true);
        return t;
    });

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                in.transferTo(all);
                return all.toByteArray();
            } catch (IOException e) {
                return new byte[0];
            }
        }, DRAINS);
    }

    /** The child: the container's bytes on standard input, its text on standard output. */
    public static void main(String[] args) throws IOException {
        // Standard output carries the text alone: what libraries print there (Log4j's status logger does) goes to stderr.
        java.io.PrintStream text = System.out;
        System.setOut(System.err);
        ContainerText container = ContainerText.named(args[0]);
        byte[] bytes = System.in.readAllBytes();
        try {
            text.write(container.extract("-", bytes).getBytes(StandardCharsets.UTF_8));
            text.flush();
            System.exit(0);
        } catch (UnreadableDocumentException e) {
            // The parent names the file: only the reason travels.
            System.err.print(e.getMessage().substring("-: ".length()));
            System.err.flush();
            System.exit(REFUSED + e.reason().ordinal());
        }
    }
}
