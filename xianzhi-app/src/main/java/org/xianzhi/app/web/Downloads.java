package org.xianzhi.app.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.javalin.http.Context;

/**
 * The download behind every table's CSV and XLSX buttons: {@code GET /download/{table}?format=csv|xlsx&…} takes the
 * page's own parameters, selects the rows through {@link PageSelections} as the page does, and sends them as
 * {@link DataTable} built by {@link DownloadTables}. Paging parameters are not passed on: a download holds every row the
 * filters select, the page a screenful of them.
 */
final class Downloads {
    /** Parameters of a page that choose the screen, not the rows; a download leaves them out. */
    private static final Set<String> SCREEN_ONLY = Set.of("page", "size", "lang", "format");

    private Downloads() {
    }

    /** The table a download names, built from the request's parameters. */
    static DataTable table(Context ctx, Atlas atlas, ProjectLedger ledger, String table) throws Exception {
        String base = ctx.scheme() + "://" + ctx.host();
        return switch (table) {
            case "targets" -> DownloadTables.targets("targets", PageSelections.targets(ctx, atlas), base);
            case "compare" -> {
                Comparison c = PageSelections.compare(ctx, atlas);
                if (c == null) {
                    throw new IllegalArgumentException("name an indicator and at least one region to compare");
                }
                yield DownloadTables.compare(c, base);
            }
            case "search" -> {
                if (Params.text(ctx, "q") == null) {
                    throw new IllegalArgumentException("q is required");
                }
                yield DownloadTables.search(Params.text(ctx, "q"), PageSelections.search(ctx, atlas).hits(), base);
            }
            case "projects" -> DownloadTables.projects(PageSelections.projects(ctx, ledger), base);
            case "promises" -> DownloadTables.promises(PageSelections.promises(ctx, ledger), base);
            case "wide" -> WideTables.wide(PageSelections.series(ctx, atlas), PageSelections.indicators(ctx, atlas), base);
            case "latest" -> WideTables.latest(PageSelections.series(ctx, atlas), PageSelections.indicators(ctx, atlas), base);
            case "region-targets" -> DownloadTables.targets("region-targets", atlas.region(region(ctx)).targets(), base);
            default -> throw new UnknownRecordException("no table '" + table
                    + "'; the tables are targets, compare, search, projects, promises, region-targets, wide, latest");
        };
    }

    /** Sends the table as a file named after it. */
    static void send(Context ctx, Atlas atlas, ProjectLedger ledger) throws Exception {
        TableFile.Format format = TableFile.Format.of(Params.text(ctx, "format"));
        DataTable table = table(ctx, atlas, ledger, ctx.pathParam("table"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFile.write(table, format, out);
        ctx.header("Content-Disposition", "attachment; filename=\"xianzhi-" + table.name() + "." + format.extension() + "\"")
                .contentType(format.contentType).result(out.toByteArray());
    }

    private static String region(Context ctx) {
        String r = Params.text(ctx, "region");
        if (r == null) {
            throw new IllegalArgumentException("region is required");
        }
        return r;
    }

    /**
     * The CSV and XLSX buttons of a table: links to its download with the page's parameters ({@code query}, the
     * page's query string, may be null) and {@code extra} ones (name, value pairs, e.g. a region page's region).
     */
    static void buttons(Html b, Labels l, String table, String query, String... extra) {
        StringBuilder params = new StringBuilder();
        if (query != null) {
            for (String part : query.split("&")) {
                String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
                if (!part.isEmpty() && !SCREEN_ONLY.contains(name)) {
                    params.append('&').append(part);
                }
            }
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            params.append('&').append(extra[i]).append('=').append(URLEncoder.encode(extra[i + 1], StandardCharsets.UTF_8));
        }
        b.open("p", "class", "downloads", "data-table", table).text(l.t("download") + " ");
        for (TableFile.Format f : TableFile.Format.values()) {
            b.link("/download/" + table + "?format=" + f.extension() + params, f.name(), "class", "download",
                    "data-format", f.extension(), "download", "").text(" ");
        }
        b.close("p");
    }
}
