package org.xianzhi.app.quality;

import java.math.BigDecimal;

import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.segment.DocumentDate;

/**
 * Facts of one county as its work reports state them: each report (a file, delivered in January of the year after
 * the one it reviews) with the sentence a figure stands in.
 */
final class CountyFacts {
    static final String REGION = "望川县";
    static final String CODE = "130627";

    private CountyFacts() {
    }

    /** An actual of {@code year}, from the work report delivered early the next year. */
    static StoredFact actual(int seq, String indicator, Measure measure, int year, String value, String unit,
                             Approximation qualifier, String sentence) {
        return stored(seq, year + 1, new Fact("doc" + (year + 1), "wangchuan-work-report-" + (year + 1) + ".txt", REGION,
                CODE, indicator, measure, Status.ACTUAL, Integer.toString(year), new BigDecimal(value), unit, value + unit,
                qualifier, null, sentence, 0, sentence.length()));
    }

    static StoredFact actual(int seq, String indicator, Measure measure, int year, String value, String unit, String sentence) {
        return actual(seq, indicator, measure, year, value, unit, Approximation.EXACT, sentence);
    }

    /** The same figure as {@code f}, as another document (a statistics bulletin of {@code reportYear}) states it. */
    static StoredFact restated(StoredFact f, int seq, String file, int reportYear, String value, Approximation qualifier) {
        return restated(f, seq, file, reportYear, value, f.fact().unit(), qualifier);
    }

    static StoredFact restated(StoredFact f, int seq, String file, int reportYear, String value, String unit,
                               Approximation qualifier) {
        Fact x = f.fact();
        return stored(seq, reportYear, new Fact("bulletin" + reportYear, file, x.region(), x.regionCode(), x.indicator(),
                x.measure(), x.status(), x.period(), new BigDecimal(value), unit, value + unit, qualifier,
                x.scope(), x.text(), x.start(), x.end()));
    }

    static StoredFact target(int seq, String indicator, Measure measure, int year, String value, String unit, String sentence) {
        return stored(seq, year, new Fact("doc" + year, "wangchuan-work-report-" + year + ".txt", REGION, CODE, indicator,
                measure, Status.TARGET, Integer.toString(year), new BigDecimal(value), unit, value + unit,
                Approximation.EXACT, null, sentence, 0, sentence.length()));
    }

    private static StoredFact stored(int seq, int reportYear, Fact f) {
        return new StoredFact(seq, f, new DocumentDate(reportYear, 1, 20));
    }
}
