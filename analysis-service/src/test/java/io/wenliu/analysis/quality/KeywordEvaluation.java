package io.wenliu.analysis.quality;

import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.enrichment.Keyword;
import io.wenliu.analysis.keyword.StopWords;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Must-have keyword hits in the top 10 per seed article, and the count of single-char or stop-word keywords. */
public final class KeywordEvaluation {
    /** One seed article's row. */
    public record Row(String segment, int hits, List<String> missed, List<String> top10, int keywords, int chars) {}

    /** All rows plus the count of bad keywords. */
    public record Result(List<Row> rows, int badKeywords) {
        /** The smallest hit count over the articles. */
        public int minHits() {
            return rows.stream().mapToInt(Row::hits).min().orElse(0);
        }
    }

    private KeywordEvaluation() {}

    public static Result run(TextAnalyzer analyzer, List<SeedGold.SeedFile> files) {
        StopWords stopWords = StopWords.load();
        List<Row> rows = new ArrayList<>();
        int bad = 0;
        for (SeedGold.SeedFile file : files) {
            for (SeedGold.Segment segment : file.segments()) {
                List<Keyword> keywords = analyzer.analyze(segment.title(), segment.text(), DocumentFrequencies.EMPTY)
                        .keywords();
                List<String> top10 = new ArrayList<>();
                for (Keyword k : keywords) {
                    if (stopWords.contains(k.term())) {
                        bad++;
                    }
                    if (top10.size() < 10) {
                        top10.add(k.term());
                    }
                }
                int hits = 0;
                List<String> missed = new ArrayList<>();
                for (String must : segment.mustHave()) {
                    Set<String> accepted =
                            new java.util.HashSet<>(segment.variants().getOrDefault(must, Set.of()));
                    accepted.add(must);
                    if (top10.stream().anyMatch(accepted::contains)) {
                        hits++;
                    } else {
                        missed.add(must);
                    }
                }
                rows.add(new Row(
                        file.file().substring(0, 3) + ":" + segment.lines(),
                        hits,
                        missed,
                        top10,
                        keywords.size(),
                        segment.text().length()));
            }
        }
        return new Result(rows, bad);
    }
}
