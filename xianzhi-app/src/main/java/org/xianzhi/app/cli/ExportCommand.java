package org.xianzhi.app.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import org.xianzhi.app.export.ExportFormat;
import org.xianzhi.app.export.FactExporter;
import org.xianzhi.app.export.ProjectExporter;
import org.xianzhi.app.quality.FlagFilter;
import org.xianzhi.app.quality.QualityAudit;
import org.xianzhi.core.project.RecordKind;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi export}: the store's facts as CSV, JSONL, Parquet or XLSX. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the stored facts (FACTS.md's columns) to a file, optionally only some regions, indicators or years.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "csv, jsonl, parquet or xlsx.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--kind", defaultValue = "facts", paramLabel = "KIND",
            description = "facts (default), projects, commitments or officials (PROJECTS.md; csv or jsonl).")
    String kind;

    @Option(names = "--region", description = "Only facts about this region: full name (柳林县) or 6-digit code.")
    String region;

    @Option(names = "--indicator", description = "Only this indicator: canonical name or alias (GDP).")
    String indicator;

    @Option(names = "--from", paramLabel = "YEAR", description = "Only facts whose period reaches YEAR or later.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Only facts whose period starts in YEAR or before.")
    Integer to;

    @Option(names = "--flagged", defaultValue = "show", paramLabel = "WHICH",
            description = "Facts the quality audit flagged: show (default; a last column `quality` gives the reasons), hide or only.")
    String flagged;

    /** Formats are written in lower case on the command line, as the README shows them. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat f : ExportFormat.values()) {
                if (f.label().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of csv, jsonl, parquet, xlsx");
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!"facts".equals(kind)) {
            RecordKind records;
            try {
                records = ProjectExporter.kindOf(kind);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try (FactStore facts = store.openForReading()) {
                refuseUnknown(facts);
                long n = ProjectExporter.export(facts, region, records, format, output);
                spec.commandLine().getOut().printf("%d %s written to %s (%s)%n", n, kind, output, format.label());
                spec.commandLine().getOut().flush();
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            return ExitCodes.OK;
        }
        FactQuery query = new FactQuery(region, indicator, null, from, to);
        FlagFilter filter;
        try {
            filter = FlagFilter.ofLabel(flagged);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (FactStore facts = store.openForReading()) {
            refuseUnknown(facts);
            long n = FactExporter.export(facts, query, format, output, QualityAudit.standard().audit(facts, query), filter);
            spec.commandLine().getOut().printf("%d facts written to %s (%s)%s%n", n, output, format.label(),
                    n == 0 ? ": the store holds none that match" : "");
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    /** A mistyped region or indicator is bad usage, said before any file is written, not an empty export. */
    private void refuseUnknown(FactStore facts) throws SQLException {
        if (region != null && !facts.isKnownRegion(region)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--region " + region + ": no such region (a full name such as 柳林县, or a 6-digit code)");
        }
        if (indicator != null && !facts.isKnownIndicator(indicator)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--indicator " + indicator + ": no such indicator (a canonical name or an alias; GET /api/indicators lists them)");
        }
    }
}
