package org.xianzhi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The spark-submit command line, and the one list of Java 17 options it shares with the tests' JVM. */
class SparkSubmitArgsTest {
    @TempDir
    Path temp;

    @Test
    void theTestsJvmRunsWithTheSameModuleOpeningsThatSparkSubmitGets() {
        List<String> options = SparkJavaOptions.list();
        assertThat(options).hasSize(13).allMatch(o -> o.startsWith("--add-opens=java.base/"))
                .contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED");
        String jvm = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
        for (String option : options) {
            assertThat(jvm).contains(option);
        }
    }

    @Test
    void printsTheJobTheLibrariesAndTheJavaOptionsForDriverAndExecutors() throws IOException {
        Path lib = Files.createDirectories(temp.resolve("cluster-lib"));
        Files.write(lib.resolve("xianzhi-core.jar"), new byte[0]);
        Files.write(lib.resolve("icu4j.jar"), new byte[0]);
        Files.writeString(lib.resolve("README.txt"), "not a jar");
        Path jar = Files.write(temp.resolve("xianzhi-spark.jar"), new byte[0]);
        SparkSubmitArgs args = new SparkSubmitArgs();
        new CommandLine(args).parseArgs("--master", "spark://spark-master:7077", "--jar", jar.toString(), "--lib", lib.toString(), "--",
                "hdfs:///county docs/", "-o", "hdfs:///xianzhi/run-1");

        String command = String.join("\n", args.command());

        assertThat(command).startsWith("spark-submit\n--class org.xianzhi.spark.FactJob\n--master spark://spark-master:7077\n");
        String javaOptions = String.join(" ", SparkJavaOptions.list());
        assertThat(command).contains("--conf 'spark.driver.extraJavaOptions=" + javaOptions + "'")
                .contains("--conf 'spark.executor.extraJavaOptions=" + javaOptions + "'")
                .contains("--jars " + lib.resolve("icu4j.jar") + "," + lib.resolve("xianzhi-core.jar") + "\n")
                .doesNotContain("README")
                .endsWith(jar + "\n'hdfs:///county docs/' -o hdfs:///xianzhi/run-1");
    }
}
