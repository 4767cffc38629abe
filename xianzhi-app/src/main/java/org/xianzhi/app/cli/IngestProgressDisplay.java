package org.xianzhi.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import org.xianzhi.app.ingest.IngestProgress;
import org.xianzhi.app.ingest.IngestTally;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an ingest's progress: a progress bar (documents, facts, rate, time left) on a terminal, and otherwise a plain
 * log line at every tenth of the work and at most every {@value #LOG_SECONDS} seconds, fit for log files and CI.
 */
final class IngestProgressDisplay implements IngestProgress {
    private static final int LOG_SECONDS = 5;

    private final PrintWriter log;
    private final PrintStream terminal;
    private ProgressBar bar;
    private long startNanos;
    private long lastLogNanos;
    private int lastLoggedTenth;

    private IngestProgressDisplay(PrintWriter log, PrintStream terminal) {
        this.log = log;
        this.terminal = terminal;
    }

    /** A bar on the terminal when there is one, else log lines on {@code err}. */
    static IngestProgress forConsole(PrintWriter err) {
        return System.console() != null ? new IngestProgressDisplay(err, System.err) : logLines(err);
    }

    static IngestProgress logLines(PrintWriter err) {
        return new IngestProgressDisplay(err, null);
    }

    @Override
    public void started(IngestTally tally) {
        startNanos = System.nanoTime();
        lastLogNanos = startNanos;
        if (terminal != null) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(tally.total()).setUnit(" docs", 1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).showSpeed().setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(terminal)).build();
        } else {
            log.printf("ingest: %d documents to go through%n", tally.total());
            log.flush();
        }
    }

    @Override
    public void advanced(IngestTally tally) {
        if (bar != null) {
            bar.stepTo(tally.done());
            bar.setExtraMessage(" " + tally.facts() + " facts; " + tally.times().perDocument(tally.done()));
            return;
        }
        long now = System.nanoTime();
        int tenth = tally.total() == 0 ? 10 : (int) (10L * tally.done() / tally.total());
        if (tenth > lastLoggedTenth || now - lastLogNanos >= LOG_SECONDS * 1_000_000_000L) {
            lastLoggedTenth = tenth;
            lastLogNanos = now;
            logLine(tally, now);
        }
    }

    @Override
    public void finished(IngestTally tally) {
        if (bar != null) {
            bar.stepTo(tally.done());
            bar.setExtraMessage(" " + tally.facts() + " facts");
            bar.close();
        } else if (lastLogNanos == startNanos || tally.done() > 0 && lastLoggedTenth < 10) {
            logLine(tally, System.nanoTime());
        }
    }

    private void logLine(IngestTally t, long now) {
        double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
        double rate = t.done() / seconds;
        String left = rate > 0 && t.done() < t.total() ? String.format(", %.0f s left", (t.total() - t.done()) / rate) : "";
        log.printf("ingest: %d/%d documents (%d stored, %d re-extracted, %d skipped, %d bad), %d facts, %.1f docs/s%s; %s%n",
                t.done(), t.total(), t.stored(), t.reextracted(), t.skipped(), t.bad(), t.facts(), rate, left,
                t.times().perDocument(t.done()));
        log.flush();
    }
}
