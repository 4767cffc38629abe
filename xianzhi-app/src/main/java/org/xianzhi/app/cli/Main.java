package org.xianzhi.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code xianzhi} command. Subcommands parse, call the core, and print; they hold no logic of their own. */
@Command(name = "xianzhi", mixinStandardHelpOptions = true, version = "xianzhi 0.1.0",
        description = "Turns county government documents into facts with provenance.",
        subcommands = {NormalizeCommand.class, QuantitiesCommand.class, ExtractCommand.class, ProjectsCommand.class, EvalCommand.class,
            IngestCommand.class, ExportCommand.class, SearchCommand.class, ServeCommand.class, DemoCommand.class,
            BenchCommand.class, SparkCommands.Spark.class, SparkCommands.SubmitArgs.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an unexpected internal error",
            "2:bad command-line usage",
            "3:a path could not be read (missing, a directory, no permission), or a store that does not exist",
            "4:an empty file",
            "5:a file over the size limit",
            "6:a file that is not text in any supported form"})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own output streams. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExitCodeExceptionMapper(ExitCodes::forException);
        cmd.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("xianzhi: " + e.getMessage());
            return ExitCodes.forException(e);
        });
        return cmd;
    }
}
