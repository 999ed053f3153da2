package io.wenliu.analysis.quality;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.EntityRecognizer;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import io.wenliu.analysis.segment.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Prints the quality tables: seed-gold entities, People's Daily dev entities, seed keywords. */
public final class QualityReport {
    private QualityReport() {}

    /** Entry point: {@code mvn -pl analysis-service exec:java -Dexec.classpathScope=test -Dexec.mainClass=...}. */
    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%n");
        Logger log = Logger.getLogger(QualityReport.class);
        boolean verbose = args.length > 0 && args[0].equals("-v");
        for (String line : report(verbose)) {
            log.info(line);
        }
    }

    /** The report lines. */
    public static List<String> report(boolean verbose) {
        List<String> out = new ArrayList<>();
        TextAnalyzer analyzer = TextAnalyzer.standard();
        List<SeedGold.SeedFile> seeds = SeedGold.load(EvalData.seeds());
        SeedEntityEvaluation.Result seed = SeedEntityEvaluation.run(analyzer, seeds);
        out.add("== Seed gold entities (per file, (type, name) sets; doubtful and nested-only optional) ==");
        for (Map.Entry<EntityType, Prf> e : seed.perType().entrySet()) {
            out.add(e.getValue().row(e.getKey().name()));
        }
        out.add("found under another type only: " + seed.wrongType().size() + " " + seed.wrongType());
        if (verbose) {
            out.add("false positives: " + seed.falsePositives());
            out.add("misses: " + seed.misses());
        }
        Optional<Path> pd = EvalData.peoplesDailyDev();
        if (pd.isPresent()) {
            PeoplesDailyEvaluation.Result r =
                    PeoplesDailyEvaluation.run(Segmenter.withDomainLexicon(), EntityRecognizer.standard(), pd.get());
            out.add("== People's Daily dev (" + r.sentences() + " sentences, exact-span mentions) ==");
            for (Map.Entry<EntityType, Prf> e : r.perType().entrySet()) {
                out.add(e.getValue().row(e.getKey().name()));
            }
            out.add(r.overall().row("OVERALL"));
            out.add("== People's Daily dev: where the errors come from (mentions) ==");
            out.addAll(r.confusion().table());
        } else {
            out.add("== People's Daily dev: skipped, ../shared/eval/peoples-daily-dev.bio not found ==");
        }
        KeywordEvaluation.Result k = KeywordEvaluation.run(analyzer, seeds);
        out.add("== Keywords: must-have hits in top 10 (of 5) ==");
        for (KeywordEvaluation.Row row : k.rows()) {
            out.add(String.format(
                    "%-12s %d/5  missed %s%s",
                    row.segment(), row.hits(), row.missed(), verbose ? "  top10 " + row.top10() : ""));
        }
        out.add("single-character or stop-word keywords: " + k.badKeywords());
        return out;
    }
}
