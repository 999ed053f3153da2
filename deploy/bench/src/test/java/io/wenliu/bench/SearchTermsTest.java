package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.stack.ProjectRoot;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void countsRunsOfIdeographsWithoutStopCharactersOrPunctuation() {
        String text = "疫情防控，疫情防控。疫情防控工作的重要性。防控工作";

        assertThat(SearchTerms.mostFrequent(text, 4, 10)).containsExactly("疫情防控", "防控工作", "情防控工");
        assertThat(SearchTerms.mostFrequent(text, 2, 3))
                .as("ties in code point order")
                .containsExactly("防控", "情防", "疫情");
    }

    @Test
    void theSeedsGiveSixtyFourCharacterAndThirtyTwoCharacterTermsShuffledReproducibly() {
        String seeds = SeedSentences.readSeedText(ProjectRoot.find().resolve("seeds"));

        List<String> terms = SearchTerms.from(seeds, new Random(1));

        assertThat(terms).hasSize(90).doesNotHaveDuplicates();
        assertThat(terms.stream().filter(term -> term.length() == 4)).hasSize(60);
        assertThat(terms.stream().filter(term -> term.length() == 2)).hasSize(30);
        assertThat(terms)
                .contains("疫情防控")
                .allSatisfy(term -> assertThat(term)
                        .matches("[\\x{4E00}-\\x{9FFF}]+")
                        .doesNotContainAnyWhitespaces()
                        .doesNotContain("的", "了", "是", "在", "和"));
        assertThat(SearchTerms.from(seeds, new Random(1))).isEqualTo(terms);
    }

    @Test
    void distinctPairsJoinTwoDifferentTermsOfAWiderPoolInEitherOrderOnce() {
        String seeds = SeedSentences.readSeedText(ProjectRoot.find().resolve("seeds"));

        List<String> pairs = SearchTerms.distinctPairs(seeds, new Random(1));

        int pool = SearchTerms.PAIR_FOUR_CHAR_TERMS + SearchTerms.PAIR_TWO_CHAR_TERMS;
        assertThat(pairs).hasSize(pool * (pool - 1)).doesNotHaveDuplicates();
        assertThat(pairs).allSatisfy(pair -> {
            String[] terms = pair.split(" ");
            assertThat(terms).hasSize(2);
            assertThat(terms[0]).isNotEqualTo(terms[1]).matches("[\\x{4E00}-\\x{9FFF}]{2}|[\\x{4E00}-\\x{9FFF}]{4}");
            assertThat(terms[1]).matches("[\\x{4E00}-\\x{9FFF}]{2}|[\\x{4E00}-\\x{9FFF}]{4}");
        });
        assertThat(pairs).contains("疫情防控 防控工作", "防控工作 疫情防控");
        assertThat(pairs.subList(0, 100))
                .as("shuffled, not in pool order")
                .isNotEqualTo(pairs.stream().sorted().toList().subList(0, 100));
        assertThat(SearchTerms.distinctPairs(seeds, new Random(1))).isEqualTo(pairs);
    }
}
