package io.wenliu.analysis.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.EntityRecognizer;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import io.wenliu.analysis.segment.Segmenter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression guard: the measured quality (see README, {@link QualityReport}) must not fall below the level reached.
 * Raise the floors when the analyzer improves.
 */
class QualityRegressionTest {
    /** Texts this long are articles (the seed photo caption has about 150 characters). */
    private static final int ARTICLE_CHARS = 300;

    private static TextAnalyzer analyzer;
    private static List<SeedGold.SeedFile> seeds;
    private static KeywordEvaluation.Result keywords;

    @BeforeAll
    static void load() {
        analyzer = TextAnalyzer.standard();
        seeds = SeedGold.load(EvalData.seeds());
        keywords = KeywordEvaluation.run(analyzer, seeds);
    }

    @Test
    void seedGoldEntityF1PerTypeStaysAtTheMeasuredLevel() {
        SeedEntityEvaluation.Result result = SeedEntityEvaluation.run(analyzer, seeds);

        assertThat(result.perType().get(EntityType.PERSON).f1()).isGreaterThanOrEqualTo(QualityFloors.SEED_PERSON_F1);
        assertThat(result.perType().get(EntityType.LOCATION).f1())
                .isGreaterThanOrEqualTo(QualityFloors.SEED_LOCATION_F1);
        assertThat(result.perType().get(EntityType.ORGANIZATION).f1())
                .isGreaterThanOrEqualTo(QualityFloors.SEED_ORGANIZATION_F1);
        assertThat(result.wrongType()).hasSizeLessThanOrEqualTo(QualityFloors.SEED_WRONG_TYPE_MAX);
    }

    @Test
    void peoplesDailyDevF1StaysAtTheMeasuredLevel() {
        Optional<Path> dev = EvalData.peoplesDailyDev();
        assumeTrue(dev.isPresent(), "skipped: ../shared/eval/peoples-daily-dev.bio not found beside the project");

        PeoplesDailyEvaluation.Result result =
                PeoplesDailyEvaluation.run(Segmenter.withDomainLexicon(), EntityRecognizer.standard(), dev.get());

        assertThat(result.overall().f1()).isGreaterThanOrEqualTo(QualityFloors.PD_OVERALL_F1);
        assertThat(result.perType().get(EntityType.PERSON).f1()).isGreaterThanOrEqualTo(QualityFloors.PD_PERSON_F1);
        assertThat(result.perType().get(EntityType.LOCATION).f1()).isGreaterThanOrEqualTo(QualityFloors.PD_LOCATION_F1);
        assertThat(result.perType().get(EntityType.ORGANIZATION).f1())
                .isGreaterThanOrEqualTo(QualityFloors.PD_ORGANIZATION_F1);
        assertThat(result.confusion().wrongType()).isLessThanOrEqualTo(QualityFloors.PD_WRONG_TYPE_MAX);
    }

    @Test
    void seedKeywordsKeepTheirMustHaveHitsAndHaveNoSingleCharOrStopWord() {
        KeywordEvaluation.Result result = keywords;

        assertThat(result.rows().stream().mapToInt(KeywordEvaluation.Row::hits).sum())
                .isGreaterThanOrEqualTo(QualityFloors.KEYWORD_TOTAL_HITS);
        assertThat(result.minHits()).isGreaterThanOrEqualTo(QualityFloors.KEYWORD_MIN_HITS);
        assertThat(result.badKeywords()).isZero();
    }

    @Test
    void articlesGetTenToFifteenKeywordsAndShortCaptionsNoMoreThanTheyHave() {
        KeywordEvaluation.Result result = keywords;

        assertThat(result.rows()).allSatisfy(row -> assertThat(row.keywords()).isBetween(1, 15));
        assertThat(result.rows())
                .filteredOn(row -> row.chars() >= ARTICLE_CHARS)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.keywords()).as(row.segment()).isGreaterThanOrEqualTo(10));
    }
}
