package org.xianzhi.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.xianzhi.app.web.WebServer;

import picocli.CommandLine.Option;

/** The options of {@code serve} and {@code demo}: where to listen and who may write. */
final class ServeOptions {
    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--token", description = "Allow POST /api/documents for requests carrying Authorization: Bearer TOKEN"
            + " (every local user sees a command line: prefer --token-file or XIANZHI_TOKEN).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Read the token from the first line of FILE.")
    Path tokenFile;

    /** The environment variable that may hold the token. */
    static final String TOKEN_VARIABLE = "XIANZHI_TOKEN";

    @Option(names = "--max-upload-mb", defaultValue = "10", description = "Largest upload taken (default: ${DEFAULT-VALUE} MB).")
    int maxUploadMb;

    WebServer.Settings settings() {
        if (maxUploadMb < 1) {
            throw new IllegalArgumentException("--max-upload-mb cannot be less than 1, was " + maxUploadMb);
        }
        return new WebServer.Settings(host, port, token(System.getenv()), maxUploadMb * 1024L * 1024L);
    }

    /** The token from --token, else --token-file, else {@value #TOKEN_VARIABLE}; null for a read-only server. */
    String token(Map<String, String> environment) {
        if (token != null) {
            return token;
        }
        if (tokenFile != null) {
            try {
                String first = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
                if (first.isEmpty()) {
                    throw new IllegalArgumentException("--token-file " + tokenFile + " holds no token");
                }
                return first;
            } catch (IOException e) {
                throw new IllegalArgumentException("--token-file " + tokenFile + ": cannot read it (" + e.getMessage() + ")", e);
            }
        }
        String variable = environment.get(TOKEN_VARIABLE);
        return variable == null || variable.isBlank() ? null : variable.strip();
    }
}
