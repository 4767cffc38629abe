package org.xianzhi.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.TestDocuments;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionGazetteer;
import org.xianzhi.core.region.RegionResolver;

/**
 * The shared corpus of real reports (county, city and province) read as a whole: each document is its own region's,
 * every fact carries that region or one of its parents, and no period is impossible. Skipped where the corpus is not
 * beside the checkout; failures list every offender.
 */
class CorpusReadingTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final RegionGazetteer GAZETTEER = RegionGazetteer.standard();

    @Test
    void everyFactCarriesTheDocumentsRegionOrAParentAndAPossiblePeriod() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Path file : TestDocuments.corpus()) {
            Pipeline.Result result = PIPELINE.process(new DocumentReader().read(file));
            String name = file.getFileName().toString();
            Optional<Region> own = RegionResolver.standard().resolve(result.clean().text());
            if (own.isEmpty() || !name.contains(own.get().shortName())) {
                offenders.add(name + ": read as the document of " + own.map(Region::name).orElse("no region"));
                continue;
            }
            List<String> allowed = GAZETTEER.lineage(own.get()).stream().map(Region::name).toList();
            for (Fact fact : result.facts()) {
                if (!allowed.contains(fact.region())) {
                    offenders.add(name + ": " + fact.region() + " " + fact.indicator() + " | " + fact.text());
                }
                int from = Integer.parseInt(fact.period().substring(0, 4));
                int to = Integer.parseInt(fact.period().substring(fact.period().length() - 4));
                if (from < 1978 || to > 2050) {
                    offenders.add(name + ": period " + fact.period() + " " + fact.indicator() + " | " + fact.text());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
