package org.xianzhi.app.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.pipeline.DocumentReading;
import org.xianzhi.core.pipeline.FactExtractor;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionResolver;
import org.xianzhi.core.segment.DocumentDating;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

/**
 * A stand-in for the real extractor, enough to give the store real facts to keep: an indicator name followed closely
 * by a figure in 亿元 or % is a fact, a target after a 预期目标 heading, an actual before it; the period is the
 * document's result year. It can be slowed down to make an ingest last long enough to be killed half-way.
 */
public final class FigureFactExtractor implements FactExtractor {
    private static final Pattern FIGURE = Pattern.compile(
            "(地区生产总值|一般公共预算收入|固定资产投资|社会消费品零售总额)[^0-9，。；\\n]{0,6}?(\\d+(?:\\.\\d+)?)(亿元|%)");
    private static final RegionResolver REGIONS = RegionResolver.standard();

    private final long sleepMillis;

    public FigureFactExtractor() {
        this(0);
    }

    public FigureFactExtractor(long sleepMillis) {
        this.sleepMillis = sleepMillis;
    }

    @Override
    public List<Fact> extract(DocumentReading reading) {
        SourceDocument document = reading.document();
        MappedText clean = reading.clean();
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String text = clean.text();
        Region region = REGIONS.resolve(text).orElse(null);
        int year = new DocumentDating().date(text).map(d -> d.resultYear()).orElse(2023);
        int targetsFrom = text.indexOf("预期目标");
        List<Fact> facts = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            boolean target = targetsFrom >= 0 && m.start() > targetsFrom;
            boolean percent = m.group(3).equals("%");
            Span evidence = clean.toOriginal(m.start(), m.end());
            facts.add(new Fact(document.id(), document.file(), region == null ? "未知县" : region.name(),
                    region == null ? null : region.code(), m.group(1), percent ? Measure.GROWTH : Measure.VALUE,
                    target ? Status.TARGET : Status.ACTUAL, Integer.toString(target ? year + 1 : year),
                    new BigDecimal(m.group(2)), m.group(3), m.group(2) + m.group(3), Approximation.EXACT, null,
                    document.original().substring(evidence.start(), evidence.end()), evidence.start(), evidence.end()));
        }
        return facts;
    }
}
