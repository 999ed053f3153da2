package io.wenliu.analysis.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.enrichment.Enrichment;
import io.wenliu.analysis.enrichment.Entity;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 4: a seed article's enrichment is the same whether analysed first or after all the other seed articles. */
class EnrichmentDeterminismTest {

    @Test
    void seedArticleEnrichmentDoesNotDependOnWhatWasAnalysedBefore() {
        List<SeedGold.Segment> segments = new ArrayList<>();
        for (SeedGold.SeedFile file : SeedGold.load(EvalData.seeds())) {
            segments.addAll(file.segments());
        }
        TextAnalyzer analyzer = TextAnalyzer.standard();
        SeedGold.Segment first = segments.get(0);
        String alone = render(analyzer.analyze(first.title(), first.text(), DocumentFrequencies.EMPTY));

        List<String> inOrder = new ArrayList<>();
        for (SeedGold.Segment segment : segments) {
            inOrder.add(render(analyzer.analyze(segment.title(), segment.text(), DocumentFrequencies.EMPTY)));
        }
        TextAnalyzer other = TextAnalyzer.standard();
        for (int i = segments.size() - 1; i >= 0; i--) {
            SeedGold.Segment segment = segments.get(i);
            assertThat(render(analyzer.analyze(segment.title(), segment.text(), DocumentFrequencies.EMPTY)))
                    .as("segment %s:%s again, same analyzer", segment.file(), segment.lines())
                    .isEqualTo(inOrder.get(i));
            assertThat(render(other.analyze(segment.title(), segment.text(), DocumentFrequencies.EMPTY)))
                    .as("segment %s:%s, second analyzer", segment.file(), segment.lines())
                    .isEqualTo(inOrder.get(i));
        }
        assertThat(inOrder.get(0)).isEqualTo(alone);
    }

    /** Every field, offsets included ({@code int[]} has no value equality, so records cannot be compared). */
    private static String render(Enrichment enrichment) {
        StringBuilder out = new StringBuilder();
        for (Entity entity : enrichment.entities()) {
            out.append(entity.type())
                    .append(' ')
                    .append(entity.text())
                    .append(' ')
                    .append(entity.count());
            for (int[] offset : entity.offsets()) {
                out.append(Arrays.toString(offset));
            }
            out.append('\n');
        }
        return out.append(enrichment.keywords())
                .append('\n')
                .append(enrichment.summary())
                .append('\n')
                .append(enrichment.language())
                .append(' ')
                .append(enrichment.script())
                .append(' ')
                .append(enrichment.charCount())
                .append(' ')
                .append(enrichment.wordCount())
                .toString();
    }
}
