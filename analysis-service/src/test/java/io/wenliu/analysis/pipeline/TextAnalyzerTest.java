package io.wenliu.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.enrichment.AnalysisContext;
import io.wenliu.analysis.enrichment.Enrichment;
import io.wenliu.analysis.enrichment.EnrichmentBuilder;
import io.wenliu.analysis.enrichment.EnrichmentStep;
import io.wenliu.analysis.enrichment.Entity;
import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.enrichment.Keyword;
import io.wenliu.analysis.language.LanguageDetector;
import io.wenliu.analysis.segment.Segmenter;
import io.wenliu.analysis.statistics.TextStatistics;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzer as a whole: keywords, summary, determinism, corpus weighting, failure isolation, script. */
class TextAnalyzerTest {
    private static final String TEXT = "面对疫情防控，在以习近平同志为核心的党中央坚强领导下，全党全国全社会共同努力。"
            + "广大党员干部冲到一线，疫情防控阻击战取得重要成果！各地统筹推进疫情防控和复工复产，经济社会发展稳步恢复。"
            + "基层党组织发挥战斗堡垒作用，党员干部发挥先锋模范作用。";
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = TextAnalyzer.standard();
    }

    @Test
    void keywordsAreMultiCharacterPhrasesWithScores() {
        List<Keyword> keywords =
                analyzer.analyze(null, TEXT, DocumentFrequencies.EMPTY).keywords();

        assertThat(keywords).isNotEmpty().hasSizeLessThanOrEqualTo(15);
        assertThat(keywords).allMatch(k -> k.term().length() >= 2 && k.score() > 0 && k.score() <= 1.0);
        assertThat(keywords).extracting(Keyword::term).contains("疫情防控", "复工复产");
        assertThat(keywords.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void summaryHasThreeWholeSentencesInDocumentOrder() {
        List<String> summary =
                analyzer.analyze(null, TEXT, DocumentFrequencies.EMPTY).summary();

        assertThat(summary).hasSize(3).allMatch(TEXT::contains).allMatch(s -> s.matches(".*[。！？]$"));
        assertThat(TEXT.indexOf(summary.get(0))).isLessThan(TEXT.indexOf(summary.get(1)));
    }

    @Test
    void outputIsDeterministic() {
        assertThat(analyzer.analyze("t", TEXT, DocumentFrequencies.EMPTY))
                .usingRecursiveComparison()
                .isEqualTo(analyzer.analyze("t", TEXT, DocumentFrequencies.EMPTY));
    }

    @Test
    void corpusFrequenciesLowerTheWeightOfUbiquitousTerms() {
        DocumentFrequencies everywhere = new DocumentFrequencies() {
            @Override
            public long documentCount() {
                return 1000;
            }

            @Override
            public java.util.Map<String, Long> frequencies(java.util.Collection<String> terms) {
                return java.util.Map.of("疫情防控", 1000L);
            }
        };
        List<String> fresh =
                terms(analyzer.analyze(null, TEXT, DocumentFrequencies.EMPTY).keywords());
        List<String> seen = terms(analyzer.analyze(null, TEXT, everywhere).keywords());

        assertThat(fresh.indexOf("疫情防控")).isNotNegative();
        assertThat(seen.indexOf("疫情防控"))
                .satisfiesAnyOf(
                        i -> assertThat(i).isNegative(), i -> assertThat(i).isGreaterThan(fresh.indexOf("疫情防控")));
    }

    @Test
    void aFailingStepLeavesTheOtherFieldsIntact() {
        EnrichmentStep broken = new EnrichmentStep() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void apply(AnalysisContext context, EnrichmentBuilder out) {
                throw new IllegalStateException("boom");
            }
        };
        TextAnalyzer withBrokenStep = new TextAnalyzer(
                Segmenter.withDomainLexicon(), List.of(broken, new LanguageDetector(), new TextStatistics()));

        Enrichment enrichment = withBrokenStep.analyze(null, TEXT, DocumentFrequencies.EMPTY);

        assertThat(enrichment.script()).isEqualTo("zh-Hans");
        assertThat(enrichment.charCount()).isEqualTo(TEXT.length());
        assertThat(enrichment.entities()).isEmpty();
    }

    @Test
    void theTitleLiftsItsPhrasesButNotItsBareVerbs() {
        String body = "各地必须打赢这场人民战争。打赢人民战争，要依靠群众、发动群众。各级干部要做好群众工作，坚决打赢疫情防控阻击战。";

        List<String> terms = terms(analyzer.analyze("打赢人民战争必须依靠群众", body, DocumentFrequencies.EMPTY)
                .keywords());

        assertThat(terms.get(0)).isEqualTo("人民战争");
        assertThat(terms.indexOf("打赢")).isGreaterThan(terms.indexOf("疫情防控阻击战"));
    }

    @Test
    void noPhraseStartsWithTheTailOfACompanyName() {
        String body = "昆岳互联环境技术有限公司捐赠口罩两万只。百通达科技有限公司捐赠消毒液。企业积极捐赠防疫物资，支援疫情防控。";

        List<String> terms =
                terms(analyzer.analyze(null, body, DocumentFrequencies.EMPTY).keywords());

        assertThat(terms).isNotEmpty().noneMatch(t -> t.startsWith("有限公司") || t.startsWith("公司"));
    }

    @Test
    void aBylineAloneIsNotReadTogetherWithTheNextParagraph() {
        String body = "柏长岭\n\n习近平总书记强调，各级党组织要认真履行领导责任。";

        List<Entity> entities =
                analyzer.analyze(null, body, DocumentFrequencies.EMPTY).entities();

        assertThat(entities)
                .filteredOn(e -> e.text().equals("习近平"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EntityType.PERSON);
                    assertThat(body.substring(e.offsets().get(0)[0], e.offsets().get(0)[1]))
                            .isEqualTo("习近平");
                });
    }

    @Test
    void traditionalChineseIsDetected() {
        assertThat(analyzer.analyze(null, "這個國家的經濟發展與時俱進，們說會來。", DocumentFrequencies.EMPTY)
                        .script())
                .isEqualTo("zh-Hant");
    }

    private static List<String> terms(List<Keyword> keywords) {
        return keywords.stream().map(Keyword::term).toList();
    }
}
