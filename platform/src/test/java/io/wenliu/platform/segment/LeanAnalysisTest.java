package io.wenliu.platform.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ansj.domain.Term;
import org.ansj.splitWord.Analysis;
import org.ansj.splitWord.analysis.NlpAnalysis;
import org.ansj.splitWord.analysis.ToAnalysis;
import org.junit.jupiter.api.Test;
import org.nlpcn.commons.lang.tire.domain.Forest;
import org.nlpcn.commons.lang.tire.library.Library;

/** The lean analyses give the words, natures and offsets of the full ones, over every line of the seeds. */
class LeanAnalysisTest {

    private static List<String> seedLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        return lines;
    }

    private static List<String> terms(Analysis analysis, String text) {
        List<String> out = new ArrayList<>();
        for (Term term : analysis.parseStr(text).getTerms()) {
            out.add(term.getName() + "/" + term.getNatureStr() + "@" + term.getOffe());
        }
        return out;
    }

    @Test
    void wordsAreThoseOfToAnalysisWithAndWithoutNames() throws IOException {
        List<String> lines = seedLines();
        assertThat(lines).hasSizeGreaterThan(500);
        for (boolean names : new boolean[] {true, false}) {
            for (String line : lines) {
                ToAnalysis full = new ToAnalysis();
                full.setIsNameRecognition(names);
                assertThat(terms(LeanAnalysis.words(names), line))
                        .as("%s (names %s)", line, names)
                        .isEqualTo(terms(full, line));
            }
        }
    }

    @Test
    void nlpAnalysisWithoutAnEmptyAmbiguityPassTagsAsBefore() throws IOException {
        for (String line : seedLines()) {
            assertThat(terms(LeanAnalysis.withoutEmptyAmbiguity(new NlpAnalysis()), line))
                    .as(line)
                    .isEqualTo(terms(new NlpAnalysis(), line));
        }
    }

    @Test
    void anAmbiguityDictionaryThatHoldsWordsIsKept() {
        ToAnalysis analysis = new ToAnalysis();
        Forest ambiguity = new Forest();
        Library.insertWord(ambiguity, "李民工作\t李民\tnr\t工作\tvn");
        analysis.setAmbiguityForest(ambiguity);

        assertThat(LeanAnalysis.withoutEmptyAmbiguity(analysis).getAmbiguityForest())
                .isSameAs(ambiguity);
    }
}
