package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.normalize.GbkMojibakeRepairFilter;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.normalize.gbk.GbkDamage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xianzhi bench repair}: how much of GBK lost-byte damage the repair undoes. Runs of Han characters are taken
 * from the normalized (clean) sample documents, each damaged in its document the way the seeds were
 * ({@link GbkDamage#loseRunEdges}: first lead byte and last trail byte lost), one at a time, and the document repaired. A run is
 * restored whole, in its middle only (its first or last character wrong), wrong, or left untouched; a repair that
 * changes text outside the damaged run is counted as made worse.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Runs of GBK lost-byte damage in our own clean text restored whole, in the middle only, wrong or"
                + " untouched.")
final class RepairBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleCorpus corpus;

    @Option(names = "--run", defaultValue = "8", description = "Characters in a damaged run (default: ${DEFAULT-VALUE}).")
    int runLength;

    @Option(names = "--every", defaultValue = "13",
            description = "Characters from one run's start to the next candidate start (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--show", defaultValue = "10", description = "Runs not restored whole to print (default: ${DEFAULT-VALUE}).")
    int show;

    @Override
    public Integer call() {
        if (runLength < 2 || every < 1) {
            throw new IllegalArgumentException("--run must be at least 2 and --every at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        corpus.chars = 1; // each document once
        Normalizer normalizer = Normalizer.standard();
        GbkMojibakeRepairFilter repair = new GbkMojibakeRepairFilter();
        int[] counts = new int[Outcome.values().length];
        int worse = 0;
        int fartherThanUntouched = 0;
        int shown = 0;
        List<String> texts = new ArrayList<>();
        for (SourceDocument doc : corpus.load(spec.commandLine().getErr())) {
            texts.add(normalizer.normalize(doc.original()).text());
        }
        int cleanChanged = 0;
        for (String text : texts) {
            String repaired = repair.apply(text).text();
            if (!repaired.equals(text)) {
                cleanChanged++;
                out.printf("clean text changed: %s%n", firstDifference(text, repaired));
            }
        }
        out.printf("clean documents changed by the repair: %d of %d%n", cleanChanged, texts.size());
        for (String text : texts) {
            for (int start = 1; start + runLength < text.length(); start++) {
                if (!isHanRun(text, start, start + runLength)) {
                    continue;
                }
                String clean = GbkDamage.undamaged(text);
                int s = start;
                int e = s + runLength;
                String damaged = GbkDamage.loseRunEdges(clean, s, e);
                String repaired = repair.apply(damaged).text();
                int tail = clean.length() - e;
                boolean outsideKept = repaired.length() >= s + tail && repaired.startsWith(clean.substring(0, s))
                        && repaired.endsWith(clean.substring(e));
                Outcome outcome = classify(clean, damaged, repaired, s, e);
                counts[outcome.ordinal()]++;
                if (fartherFromClean(clean, damaged, repaired, s, e)) {
                    fartherThanUntouched++;
                }
                if (!outsideKept && !repaired.equals(damaged)) {
                    worse++;
                    int from = Math.max(0, s - 6);
                    out.printf("made worse: %s | damaged %s | repaired %s%n", clean.substring(from, Math.min(clean.length(), e + 6)),
                            damaged.substring(from, Math.min(damaged.length(), e + 4)),
                            repaired.substring(from, Math.min(repaired.length(), e + 6)));
                }
                if (outcome != Outcome.WHOLE && shown++ < show) {
                    out.printf("%s: %s | damaged %s | repaired %s%n", outcome.label,
                            clean.substring(s, e), damaged.substring(s, damaged.length() - tail),
                            repaired.substring(Math.min(s, repaired.length()), Math.max(s, repaired.length() - tail)));
                }
                start += every - 1;
            }
        }
        int runs = 0;
        for (int c : counts) {
            runs += c;
        }
        out.printf("runs: %d of %d characters from %s%n", runs, runLength, corpus.folder);
        for (Outcome o : Outcome.values()) {
            out.printf("%-12s %4d (%.3f)%n", o.label, counts[o.ordinal()], (double) counts[o.ordinal()] / runs);
        }
        out.printf("made worse (text outside the run changed): %d%n", worse);
        out.printf("worse than untouched (farther from the clean text than the damage was): %d%n", fartherThanUntouched);
        return ExitCodes.OK;
    }

    /**
     * Whether the repair leaves the text around the run farther from the clean text, in characters to change, than the
     * damage did: a repair may change a clean character beside the run and still undo more damage than that.
     */
    private static boolean fartherFromClean(String clean, String damaged, String repaired, int s, int e) {
        int from = Math.max(0, s - CONTEXT);
        int tail = clean.length() - e;
        String cleanWindow = clean.substring(from, Math.min(clean.length(), e + CONTEXT));
        String damagedWindow = damaged.substring(from, Math.max(from, Math.min(damaged.length(), damaged.length() - tail + CONTEXT)));
        int repairedEnd = Math.min(repaired.length(), repaired.length() - tail + CONTEXT);
        String repairedWindow = repaired.substring(Math.min(from, repaired.length()), Math.max(Math.min(from, repaired.length()), repairedEnd));
        return editDistance(repairedWindow, cleanWindow) > editDistance(damagedWindow, cleanWindow);
    }

    /** Characters around a run compared with the clean text. */
    private static final int CONTEXT = 10;

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 8);
        return (a.substring(from, Math.min(a.length(), i + 12)) + " → " + b.substring(from, Math.min(b.length(), i + 12)))
                .replace('\n', '⏎');
    }

    private enum Outcome {
        WHOLE("whole"), MIDDLE_ONLY("middle only"), WRONG("wrong"), UNTOUCHED("untouched");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    private static Outcome classify(String clean, String damaged, String repaired, int s, int e) {
        if (repaired.equals(clean)) {
            return Outcome.WHOLE;
        }
        if (repaired.equals(damaged)) {
            return Outcome.UNTOUCHED;
        }
        String middle = clean.substring(s + 1, e - 1);
        boolean middleRestored = repaired.length() > s + 1 && repaired.startsWith(middle, s + 1);
        return middleRestored ? Outcome.MIDDLE_ONLY : Outcome.WRONG;
    }

    /** Whether {@code [start, end)} is Han characters only, with a character before it: a run as in the seeds. */
    private static boolean isHanRun(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '\u4E00' || c > '\u9FA5') {
                return false;
            }
        }
        return true;
    }
}
