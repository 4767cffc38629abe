package org.xianzhi.app.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xianzhi.app.quality.QualityAudit;
import org.xianzhi.app.quality.QualityFlag;
import org.xianzhi.app.quality.QualityReport;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.StoredFact;

/**
 * The quality audit of each region, kept until the store changes (like {@link TargetCache}): a region's audit reads
 * its facts once, and a request for facts of many regions audits only those not audited since the last change.
 */
final class QualityCache {
    /** Regions kept, the least recently used dropped first. */
    private static final int REGIONS = 512;

    private final FactStore store;
    private final QualityAudit audit;
    private final Map<String, QualityReport> reports = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, QualityReport> eldest) {
            return size() > REGIONS;
        }
    };
    private FactStore.Revision revision;

    QualityCache(FactStore store, QualityAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    /** The audit of the region {@code facts} are all about (every fact of it, as the region page reads them). */
    synchronized QualityReport region(List<StoredFact> facts) throws SQLException {
        refresh();
        if (facts.isEmpty()) {
            return QualityReport.EMPTY;
        }
        return reports.computeIfAbsent(key(facts.get(0)), k -> audit.audit(facts));
    }

    /** The flags of any facts: each of their regions audited as a whole. */
    synchronized QualityReport of(List<StoredFact> facts) throws SQLException {
        refresh();
        Set<String> keys = new LinkedHashSet<>();
        facts.forEach(f -> keys.add(key(f)));
        List<QualityFlag> flags = new ArrayList<>();
        for (String key : keys) {
            QualityReport r = reports.get(key);
            if (r == null) {
                r = audit.audit(store.facts(FactQuery.all().withRegion(key)));
                reports.put(key, r);
            }
            flags.addAll(r.flags());
        }
        return new QualityReport(flags);
    }

    synchronized void clear() {
        reports.clear();
        revision = null;
    }

    private void refresh() throws SQLException {
        FactStore.Revision now = store.revision();
        if (!now.equals(revision)) {
            reports.clear();
            revision = now;
        }
    }

    private static String key(StoredFact f) {
        return f.fact().regionCode() != null ? f.fact().regionCode() : f.fact().region();
    }
}
