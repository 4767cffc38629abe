package org.xianzhi.app.cli;

import picocli.CommandLine.Command;

/** {@code xianzhi bench}: throughput figures printed by the project itself. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput on a corpus built from samples/.",
        subcommands = {NormalizeBench.class, QuantitiesBench.class, ExtractBench.class, IngestBench.class, ApiBench.class})
final class BenchCommand {
}
