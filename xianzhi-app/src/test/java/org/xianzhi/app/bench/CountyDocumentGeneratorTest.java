package org.xianzhi.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xianzhi.app.store.DocumentKind;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.region.RegionGazetteer;
import org.xianzhi.core.region.RegionResolver;
import org.xianzhi.core.segment.DocumentDating;

class CountyDocumentGeneratorTest {
    private final RegionGazetteer gazetteer = RegionGazetteer.standard();

    @Test
    void theSameSeedGivesTheSameDocumentsAndNoTwoAreAlike() {
        List<CountyDocumentGenerator.GeneratedDocument> a = new CountyDocumentGenerator(gazetteer, 5).next(300);
        List<CountyDocumentGenerator.GeneratedDocument> b = new CountyDocumentGenerator(gazetteer, 5).next(300);
        assertThat(a).isEqualTo(b);
        Set<String> texts = new HashSet<>();
        a.forEach(d -> texts.add(d.text()));
        assertThat(texts).hasSize(300);
    }

    @Test
    void documentsNameTheirCountyYearAndKindAsThePipelineReadsThem() {
        RegionResolver resolver = new RegionResolver(gazetteer);
        DocumentDating dating = new DocumentDating();
        Set<DocumentKind> kinds = new HashSet<>();
        int resolved = 0;
        List<CountyDocumentGenerator.GeneratedDocument> docs = new CountyDocumentGenerator(gazetteer, 8).next(200);
        for (var doc : docs) {
            String code = doc.fileName().substring(0, 6);
            int year = Integer.parseInt(doc.fileName().substring(7, 11));
            assertThat(doc.text()).contains(gazetteer.byCode(code).orElseThrow().name());
            assertThat(dating.date(doc.text()).orElseThrow().year()).isEqualTo(year);
            if (resolver.resolve(doc.text()).map(r -> r.code().equals(code)).orElse(false)) {
                resolved++;
            }
            DocumentKind kind = DocumentKind.of(doc.text());
            kinds.add(kind);
            assertThat(doc.fileName()).contains(switch (kind) {
                case WORK_REPORT -> "-report-";
                case PRESS_CONFERENCE -> "-press-";
                default -> "-interview-";
            });
        }
        assertThat(kinds).containsExactlyInAnyOrder(DocumentKind.WORK_REPORT, DocumentKind.PRESS_CONFERENCE, DocumentKind.INTERVIEW);
        assertThat(resolved).as("documents whose region resolves to the county written about").isGreaterThan(190);
    }

    @Test
    void realSizedDocumentsSpreadAroundTheMedianOfRealReportsAndStillNameTheirCountyAndYear() throws Exception {
        DocumentDating dating = new DocumentDating();
        List<CountyDocumentGenerator.GeneratedDocument> docs = CountyDocumentGenerator.realSized(gazetteer, 11).next(200);
        int[] lengths = docs.stream().mapToInt(d -> d.text().length()).sorted().toArray();
        int median = lengths[lengths.length / 2];
        assertThat(median).isBetween(CountyDocumentGenerator.REAL_MEDIAN_CHARS * 85 / 100,
                CountyDocumentGenerator.REAL_MEDIAN_CHARS * 115 / 100);
        assertThat(lengths[0]).as("shortest").isLessThan(median * 2 / 3);
        assertThat(lengths[lengths.length - 1]).as("longest").isGreaterThan(median * 3 / 2);
        Pipeline pipeline = Pipeline.standard();
        DocumentReader reader = new DocumentReader();
        int facts = 0;
        for (var doc : docs) {
            String code = doc.fileName().substring(0, 6);
            assertThat(doc.text()).contains(gazetteer.byCode(code).orElseThrow().name());
            assertThat(dating.date(doc.text()).orElseThrow().year()).isEqualTo(Integer.parseInt(doc.fileName().substring(7, 11)));
        }
        for (var doc : docs.subList(0, 40)) {
            facts += pipeline.process(reader.read(doc.fileName(), doc.text().getBytes(StandardCharsets.UTF_8))).facts().size();
        }
        assertThat(facts / 40).as("facts a document, about as many as real reports hold (~40)").isBetween(20, 80);
    }
}
