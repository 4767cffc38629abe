package org.xianzhi.app.cli;

import java.util.Arrays;

import org.xianzhi.app.ingest.FigureFactExtractor;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.pipeline.Pipeline;

import picocli.CommandLine;

/**
 * The ingest command in a process of its own, with the stand-in extractor slowed down so that a test can kill it
 * half-way. Arguments: the milliseconds to spend per document, then the ingest command's arguments.
 */
public final class KillableIngest {
    private KillableIngest() {
    }

    public static void main(String[] args) {
        Pipeline pipeline = new Pipeline(Normalizer.standard(), new FigureFactExtractor(Long.parseLong(args[0])));
        System.exit(new CommandLine(new IngestCommand(pipeline)).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
}
