package org.xianzhi.app.cli;

import org.xianzhi.app.web.WebServer;

import picocli.CommandLine.Option;

/** The options of {@code serve} and {@code demo}: where to listen and who may write. */
final class ServeOptions {
    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--token", description = "Allow POST /api/documents for requests carrying Authorization: Bearer TOKEN.")
    String token;

    @Option(names = "--max-upload-mb", defaultValue = "10", description = "Largest upload taken (default: ${DEFAULT-VALUE} MB).")
    int maxUploadMb;

    WebServer.Settings settings() {
        if (maxUploadMb < 1) {
            throw new IllegalArgumentException("--max-upload-mb cannot be less than 1, was " + maxUploadMb);
        }
        return new WebServer.Settings(host, port, token, maxUploadMb * 1024L * 1024L);
    }
}
