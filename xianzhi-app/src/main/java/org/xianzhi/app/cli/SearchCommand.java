package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.xianzhi.app.search.Passage;
import org.xianzhi.app.search.SearchHit;
import org.xianzhi.app.search.SearchIndex;
import org.xianzhi.app.search.SearchRequest;
import org.xianzhi.app.search.SearchResults;
import org.xianzhi.app.store.DocumentKind;
import org.xianzhi.app.store.FactStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi search}: the stored documents that match a query, with their best passages. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the normalized text of the stored documents (Lucene query syntax, smartcn words).",
            "A run of characters must occur as written (旅游收入); words separated by spaces must all occur;",
            "\"phrases\", OR, NOT, -word and (groups) work as in Lucene. Matches are shown between « and »,",
            "with each passage's character span in the original text."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    SearchOption search;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several arguments are joined with spaces).")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", description = "How many documents at most (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--region", paramLabel = "REGION", description = "Only documents of this region (name or code).")
    String region;

    @Option(names = "--year", paramLabel = "YEAR", description = "Only documents dated in this year.")
    Integer year;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Only documents of this kind: work_report, press_conference, interview or other.")
    String kind;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (FactStore facts = store.openForReading()) {
            SearchIndexing.healWhenFree(facts, search.folder(store.location), spec.commandLine().getErr());
        }
        try (SearchIndex index = SearchIndex.openForReading(search.folder(store.location))) {
            SearchResults results = index.search(new SearchRequest(String.join(" ", query), region, year,
                    kind == null ? null : DocumentKind.ofLabel(kind), limit));
            List<SearchHit> hits = results.hits();
            for (SearchHit hit : hits) {
                out.printf("%s  %s  %s  score %.2f  (%s)%n", hit.file(), orDash(hit.region()), orDash(hit.date()),
                        hit.score(), hit.docId().substring(0, Math.min(12, hit.docId().length())));
                for (Passage p : hit.passages()) {
                    out.printf("  [%d, %d) %s%n", p.originalStart(), p.originalEnd(), p.marked("«", "»").replace('\n', ' '));
                }
            }
            out.printf(results.total() > hits.size() ? "%d of %d documents%n" : "%d documents%n", hits.size(),
                    results.total());
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
