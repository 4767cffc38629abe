package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * One run of the {@code xianzhi} command line in the test's own process, with what it printed.
 *
 * @param exit the exit code
 * @param out  what it wrote to standard output
 * @param err  what it wrote to standard error
 */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
