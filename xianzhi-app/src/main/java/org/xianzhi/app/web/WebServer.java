package org.xianzhi.app.web;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.xianzhi.app.quality.QualityReport;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.app.tracking.TrackedTarget;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;

/**
 * The web server: pages, assets and the JSON API over one {@link Atlas}. Handlers are one line each; parameters are
 * checked in {@link Params}; every exception becomes an HTTP status in {@link #configure} and nowhere else (400 for
 * bad input, 404 for an unknown region or document, 401/403 for writes without the token, 413 for an upload over the
 * limit).
 */
public final class WebServer implements AutoCloseable {
    /**
     * How to serve.
     *
     * @param host           the address to bind (127.0.0.1 by default: only this machine)
     * @param port           the port; 0 for any free one
     * @param token          the token the write endpoints require, or null for a read-only server
     * @param maxUploadBytes the largest upload taken
     */
    public record Settings(String host, int port, String token, long maxUploadBytes) {
        public Settings {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
            }
        }
    }

    static final String JSON = "application/json; charset=utf-8";
    private static final System.Logger LOG = System.getLogger(WebServer.class.getName());
    private static final int LATEST = 10;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving; returns once the server listens. */
    public static WebServer start(Atlas atlas, Settings settings) {
        WriteAccess access = new WriteAccess(settings.token(), settings.maxUploadBytes());
        Assets assets = new Assets();
        Javalin app = Javalin.create(config -> configure(config, atlas, access, assets, settings));
        app.start(settings.host(), settings.port());
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    private static void configure(JavalinConfig config, Atlas atlas, WriteAccess access, Assets assets, Settings s) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = Math.max(access.maxBytes(), 1);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        var r = config.routes;
        r.before(ctx -> SecurityHeaders.FIELDS.forEach(ctx::header));

        // Pages.
        r.get("/", ctx -> page(ctx, Pages.home(frame(ctx), atlas.overview(LATEST))));
        ProjectLedger ledger = atlas.ledger();
        r.get("/regions/{region}", ctx -> page(ctx, regionPage(ctx, atlas, ledger)));
        r.get("/projects", ctx -> page(ctx, ProjectPages.projects(frame(ctx), PageSelections.projects(ctx, ledger),
                Params.text(ctx, "region"), Params.text(ctx, "stage"), Params.text(ctx, "level"), Params.text(ctx, "colour"))));
        r.get("/promises", ctx -> page(ctx, ProjectPages.promises(frame(ctx), PageSelections.promises(ctx, ledger),
                Params.text(ctx, "region"), Params.text(ctx, "verdict"))));
        r.get("/compare", ctx -> page(ctx, comparePage(ctx, atlas)));
        r.get("/map", ctx -> page(ctx, MapView.page(frame(ctx), atlas, Params.text(ctx, "indicator"), Params.measure(ctx),
                Params.year(ctx, "year"))));
        r.get("/targets", ctx -> page(ctx, targetsPage(ctx, atlas)));
        r.get("/documents/{id}", ctx -> page(ctx, Pages.document(frame(ctx), atlas.document(ctx.pathParam("id")),
                TextSpan.parse(Params.text(ctx, "at")))));
        r.get("/search", ctx -> page(ctx, SearchPage.search(frame(ctx), nonNull(Params.text(ctx, "q")), atlas.regions(),
                PageSelections.search(ctx, atlas))));
        r.get("/table", ctx -> page(ctx, tablePage(ctx, atlas)));
        r.get("/download/{table}", ctx -> Downloads.send(ctx, atlas, ledger));
        r.get("/assets/{name}", ctx -> asset(ctx, assets, ctx.pathParam("name")));

        // API.
        r.get("/api/openapi.json", ctx -> asset(ctx, assets, "openapi.json"));
        r.get("/api/overview", ctx -> json(ctx, ApiJson.overview(atlas.overview(Params.limit(ctx, LATEST, 1000)))));
        r.get("/api/regions", ctx -> json(ctx, ApiJson.array(atlas.regions(), ApiJson::region)));
        r.get("/api/regions/{region}", ctx -> json(ctx, ApiJson.profile(atlas.region(ctx.pathParam("region"), Params.flagged(ctx)))));
        r.get("/api/indicators", ctx -> json(ctx, ApiJson.array(atlas.indicators(), ApiJson::indicator)));
        r.get("/api/facts", ctx -> json(ctx, factsJson(atlas, atlas.facts(factQuery(ctx), Params.limit(ctx, 1000, 100_000),
                Params.flagged(ctx)))));
        r.get("/api/targets", ctx -> json(ctx, targetsJson(atlas, atlas.targets(Params.text(ctx, "region"), Params.text(ctx, "indicator"),
                Params.year(ctx, "year"), Params.targetStatus(ctx), Params.limit(ctx, 1000, 100_000)))));
        r.get("/api/documents", ctx -> json(ctx, ApiJson.array(atlas.documents(Params.text(ctx, "region"),
                Params.limit(ctx, 100, 10_000)), ApiJson::document)));
        r.get("/api/documents/{id}", ctx -> json(ctx, ApiJson.document(atlas.document(ctx.pathParam("id")))));
        r.get("/api/compare", ctx -> json(ctx, ApiJson.comparison(atlas.compare(required(ctx, "indicator"),
                Params.list(ctx, "region"), Params.measure(ctx)))));
        r.get("/api/search", ctx -> {
            required(ctx, "q");
            var results = PageSelections.search(ctx, atlas);
            ctx.header("X-Total-Count", Long.toString(results.total()));
            json(ctx, ApiJson.array(results.hits(), ApiJson::hit));
        });
        r.get("/api/projects", ctx -> json(ctx, ProjectApiJson.projects(PageSelections.projects(ctx, ledger))));
        r.get("/api/promises", ctx -> json(ctx, ProjectApiJson.promises(PageSelections.promises(ctx, ledger))));
        r.get("/api/officials", ctx -> json(ctx, ProjectApiJson.officials(ledger.officials(Params.text(ctx, "region")))));
        r.post("/api/documents", ctx -> upload(ctx, atlas, access));

        // Every failure, in one place.
        r.exception(ValidationException.class, (e, ctx) -> fail(ctx, 400, validationMessage(e)));
        r.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
        r.exception(UnknownRecordException.class, (e, ctx) -> fail(ctx, 404, e.getMessage()));
        r.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            // The reader learns that it failed, the operator's log learns why: exception text may hold SQL or paths.
            LOG.log(System.Logger.Level.ERROR, "internal error on " + ctx.method() + " " + ctx.path(), e);
            fail(ctx, 500, "internal error");
        });
        r.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                fail(ctx, 404, "no such page: " + ctx.path());
            }
        });
        r.error(405, ctx -> {
            if (ctx.resultInputStream() == null) {
                fail(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    private static JsonNode factsJson(Atlas atlas, List<StoredFact> facts) throws java.sql.SQLException {
        QualityReport quality = atlas.quality(facts);
        return ApiJson.array(facts, f -> ApiJson.fact(f, quality));
    }

    private static JsonNode targetsJson(Atlas atlas, List<TrackedTarget> targets) throws java.sql.SQLException {
        QualityReport quality = atlas.quality(targets.stream().map(TrackedTarget::target).toList());
        return ApiJson.array(targets, t -> ApiJson.target(t, quality));
    }

    /** A region's page with the sections of its projects, promises and officials. */
    private static String regionPage(Context ctx, Atlas atlas, ProjectLedger ledger) throws java.sql.SQLException {
        RegionProfile profile = atlas.region(ctx.pathParam("region"), Params.flagged(ctx));
        String key = profile.code() != null ? profile.code() : profile.name();
        ProjectLedger.RegionLedger region = ledger.region(key);
        Html sections = new Html();
        Pages.Frame f = frame(ctx);
        ProjectPages.regionSections(sections, f.labels(), region.tracking().projects(), region.tracking().promises(),
                region.officials());
        return Pages.region(f, profile, regionPlace(atlas, profile, f.labels()), sections);
    }

    /** The divisions above a region and the regions below it, with their latest figures. */
    private static Html regionPlace(Atlas atlas, RegionProfile profile, Labels l) throws java.sql.SQLException {
        RegionHierarchy hierarchy = atlas.hierarchy();
        Html place = new Html();
        HierarchyView.breadcrumb(place, l, hierarchy.above(profile.code()), profile.name());
        List<RegionHierarchy.Placed> below = hierarchy.below(profile.code());
        if (!below.isEmpty()) {
            java.util.Map<HierarchyView.Column, java.util.Map<String, StoredFact>> latest = new java.util.HashMap<>();
            for (HierarchyView.Column c : HierarchyView.LATEST) {
                latest.put(c, atlas.latest(c.indicator(), c.measure(), null));
            }
            HierarchyView.below(place, l, below, latest);
        }
        return place;
    }

    private static Pages.Frame frame(Context ctx) {
        String lang = Params.text(ctx, "lang");
        if (lang != null) {
            ctx.cookie("lang", lang.equals("en") ? "en" : "zh");
        } else {
            lang = ctx.cookie("lang");
        }
        return new Pages.Frame(Labels.of(lang), ctx.path(), ctx.queryString());
    }

    private static void page(Context ctx, String html) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType(JSON).result(ApiJson.write(node));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String required(Context ctx, String name) {
        String v = Params.text(ctx, name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    private static FactQuery factQuery(Context ctx) {
        return new FactQuery(Params.text(ctx, "region"), Params.text(ctx, "indicator"), Params.status(ctx),
                Params.year(ctx, "from"), Params.year(ctx, "to"));
    }

    private static String comparePage(Context ctx, Atlas atlas) throws Exception {
        return Pages.compare(frame(ctx), atlas.regions(), atlas.indicators(), Params.text(ctx, "indicator"),
                Params.list(ctx, "region"), PageSelections.compare(ctx, atlas));
    }

    private static String tablePage(Context ctx, Atlas atlas) throws Exception {
        List<RegionSeries> profiles = PageSelections.series(ctx, atlas);
        List<String> indicators = PageSelections.indicators(ctx, atlas);
        return TablePages.table(frame(ctx), atlas.regions(), atlas.indicators(), Params.list(ctx, "region"), indicators,
                WideTables.wide(profiles, indicators, ""), WideTables.latest(profiles, indicators, ""));
    }

    private static String targetsPage(Context ctx, Atlas atlas) throws Exception {
        List<TrackedTarget> all = PageSelections.targets(ctx, atlas);
        return TargetPages.targets(frame(ctx), atlas.regions(), atlas.indicators(), Params.text(ctx, "region"),
                Params.text(ctx, "indicator"), Params.year(ctx, "year"), Params.targetStatus(ctx),
                PageSelections.targetOrder(ctx), PageSelections.descending(ctx), PageSelections.targetPage(ctx, all));
    }

    private static void asset(Context ctx, Assets assets, String name) {
        InputStream in = assets.open(name);
        if (in == null) {
            throw new UnknownRecordException("no asset '" + name + "'");
        }
        ctx.header("Cache-Control", "public, max-age=3600").contentType(assets.contentType(name)).result(in);
    }

    private static void upload(Context ctx, Atlas atlas, WriteAccess access) throws Exception {
        access.check(ctx);
        UploadResult u = atlas.upload(WriteAccess.fileName(ctx.queryParam("name")), access.body(ctx));
        ctx.status(u.stored() ? 201 : 200);
        json(ctx, ApiJson.upload(u));
    }

    private static String validationMessage(ValidationException e) {
        return e.getErrors().entrySet().stream().map(en -> en.getKey() + ": " + en.getValue().stream()
                .map(v -> v.getMessage() + " (was '" + v.value + "')").collect(Collectors.joining("; ")))
                .collect(Collectors.joining("; "));
    }

    /** The error as JSON under /api, as a page elsewhere. */
    private static void fail(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType(JSON).result(ApiJson.write(ApiJson.error(status, message)));
        } else {
            page(ctx, Pages.error(frame(ctx), status, message));
        }
    }

    @Override
    public void close() {
        app.stop();
    }

}
