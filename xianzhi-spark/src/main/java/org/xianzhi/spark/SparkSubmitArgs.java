package org.xianzhi.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xianzhi spark-submit-args}: prints the {@code spark-submit} command line that runs {@link FactJob} on a
 * cluster: the job's jar, the libraries it needs besides Spark ({@code --jars}), and the Java 17 options
 * ({@link SparkJavaOptions}) for driver and executors. The output is one shell command, fit for {@code eval}.
 */
@Command(name = "spark-submit-args", mixinStandardHelpOptions = true,
        description = "Print the spark-submit command line that runs the facts job on a cluster.")
public final class SparkSubmitArgs implements Callable<Integer> {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./\\[\\]*-]+");

    @Option(names = "--master", defaultValue = "yarn", description = "Cluster manager URL (default: ${DEFAULT-VALUE}; spark://host:7077, k8s://…, local[4]).")
    String master;

    @Option(names = "--deploy-mode", defaultValue = "cluster", description = "client or cluster (default: ${DEFAULT-VALUE}).")
    String deployMode;

    @Option(names = "--executor-cores", defaultValue = "4", description = "Cores per executor (default: ${DEFAULT-VALUE}).")
    int executorCores;

    @Option(names = "--executor-memory", defaultValue = "8g", description = "Memory per executor (default: ${DEFAULT-VALUE}).")
    String executorMemory;

    @Option(names = "--jar", paramLabel = "JAR", description = "The job's jar (default: the one this runs from).")
    Path jar;

    @Option(names = "--lib", paramLabel = "DIR", description = "Folder of the libraries to ship (default: cluster-lib beside the jar).")
    Path lib;

    @Parameters(paramLabel = "JOB-ARG", arity = "0..*",
            description = "After --, the arguments of the job: INPUT… -o OUT [--format …] (default: placeholders).")
    List<String> jobArgs = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkSubmitArgs()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.println(String.join(" \\\n  ", command()));
        return 0;
    }

    /** The command, a shell-quoted element per line. */
    List<String> command() {
        Path job = jar != null ? jar : ownJar();
        Path libraries = lib != null ? lib : job.toAbsolutePath().getParent().resolve("cluster-lib");
        String javaOptions = String.join(" ", SparkJavaOptions.list());
        List<String> lines = new ArrayList<>();
        lines.add("spark-submit");
        lines.add("--class " + FactJob.class.getName());
        lines.add("--master " + quoted(master));
        lines.add("--deploy-mode " + quoted(deployMode));
        lines.add("--executor-cores " + executorCores);
        lines.add("--executor-memory " + quoted(executorMemory));
        lines.add("--conf " + quoted("spark.driver.extraJavaOptions=" + javaOptions));
        lines.add("--conf " + quoted("spark.executor.extraJavaOptions=" + javaOptions));
        lines.add("--jars " + quoted(String.join(",", jars(libraries))));
        lines.add(quoted(job.toAbsolutePath().toString()));
        List<String> args = jobArgs.isEmpty() ? List.of("s3a://BUCKET/documents/", "-o", "s3a://BUCKET/xianzhi-run/") : jobArgs;
        lines.add(String.join(" ", args.stream().map(SparkSubmitArgs::quoted).toList()));
        return lines;
    }

    private static List<String> jars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).map(p -> p.toAbsolutePath().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no libraries at " + folder + ": build with mvn package -pl xianzhi-spark -am", e);
        }
    }

    private static Path ownJar() {
        try {
            return Path.of(SparkSubmitArgs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the job's jar", e);
        }
    }

    static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
