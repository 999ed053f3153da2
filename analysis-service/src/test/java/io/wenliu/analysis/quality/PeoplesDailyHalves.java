package io.wenliu.analysis.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.EntityRecognizer;
import io.wenliu.analysis.entity.Mention;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import io.wenliu.analysis.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Development tool, not a regression test (its name does not end in Test, so the build does not run it): scores the
 * People's Daily dev file per half, so that rules are tuned on the even-numbered sentences (0, 2, 4 …) and checked on
 * the odd-numbered ones, and lists the organisation errors of the tuning half only.
 *
 * <p>Run on demand: {@code ./mvnw -o -pl analysis-service test -Dtest=PeoplesDailyHalves
 * -Dsurefire.failIfNoSpecifiedTests=false}. It prints the tables and writes them, with the even half's ORG errors
 * grouped by class, to {@code analysis-service/target/pd-halves.txt}. {@code -Dpd.errors=odd} lists the odd half's
 * errors instead (for the final report only, never for tuning).
 */
class PeoplesDailyHalves {

    @Test
    void report() throws IOException {
        Optional<Path> dev = EvalData.peoplesDailyDev();
        assumeTrue(dev.isPresent(), "skipped: ../shared/eval/peoples-daily-dev.bio not found beside the project");
        int errorHalf = "odd".equals(System.getProperty("pd.errors")) ? 1 : 0;
        Segmenter segmenter = Segmenter.withDomainLexicon();
        EntityRecognizer recognizer = EntityRecognizer.standard();
        List<PeoplesDailyEvaluation.Sentence> sentences = PeoplesDailyEvaluation.read(dev.get());

        List<Map<EntityType, Prf>> halves = List.of(table(), table());
        Map<String, List<String>> errors = new TreeMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            PeoplesDailyEvaluation.Sentence s = sentences.get(i);
            Set<String> predicted = new HashSet<>();
            for (Mention m : recognizer.mentions(s.text(), segmenter.segment(s.text()))) {
                predicted.add(m.type() + ":" + m.start() + ":" + m.end());
            }
            score(halves.get(i % 2), s.gold(), predicted);
            if (i % 2 == errorHalf) {
                organisationErrors(s, predicted, errors);
            }
        }

        List<String> out = new ArrayList<>();
        Map<EntityType, Prf> full = table();
        for (int h = 0; h < 2; h++) {
            out.add("== People's Daily dev, " + (h == 0 ? "even (tuning)" : "odd (check)") + " half ==");
            rows(halves.get(h), out);
            halves.get(h).forEach((t, p) -> full.get(t).add(p));
        }
        out.add("== People's Daily dev, full ==");
        rows(full, out);
        SeedEntityEvaluation.Result seed =
                SeedEntityEvaluation.run(TextAnalyzer.standard(), SeedGold.load(EvalData.seeds()));
        out.add("== Seed gold ==");
        seed.perType().forEach((t, p) -> out.add(p.row(t.name())));
        List<String> summary = List.copyOf(out);
        out.add("seed false positives: " + seed.falsePositives());
        out.add("seed misses: " + seed.misses());

        out.add("== ORG errors, " + (errorHalf == 0 ? "even" : "odd") + " half, by class ==");
        errors.forEach((k, v) -> out.add(k + ": " + v.size()));
        errors.forEach((k, v) -> {
            out.add("-- " + k + " (" + v.size() + ")");
            out.addAll(v);
        });
        summary.forEach(System.out::println);
        Path file = Path.of("target/pd-halves.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static Map<EntityType, Prf> table() {
        Map<EntityType, Prf> t = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            t.put(type, new Prf());
        }
        return t;
    }

    private static void rows(Map<EntityType, Prf> table, List<String> out) {
        Prf overall = new Prf();
        table.forEach((t, p) -> {
            out.add(p.row(t.name()));
            overall.add(p);
        });
        out.add(overall.row("OVERALL"));
    }

    private static void score(Map<EntityType, Prf> table, Set<String> gold, Set<String> predicted) {
        for (String p : predicted) {
            Prf prf = table.get(type(p));
            if (gold.contains(p)) {
                prf.truePositives++;
            } else {
                prf.falsePositives++;
            }
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                table.get(type(g)).falseNegatives++;
            }
        }
    }

    /** Classifies each missed gold ORG and each spurious predicted ORG by what stands at its place on the other side. */
    private static void organisationErrors(
            PeoplesDailyEvaluation.Sentence s, Set<String> predicted, Map<String, List<String>> errors) {
        for (String g : s.gold()) {
            if (type(g) == EntityType.ORGANIZATION && !predicted.contains(g)) {
                errors.computeIfAbsent("miss: " + relation(g, predicted), k -> new ArrayList<>())
                        .add(line(s.text(), g, predicted));
            }
        }
        for (String p : predicted) {
            if (type(p) == EntityType.ORGANIZATION && !s.gold().contains(p)) {
                errors.computeIfAbsent("false: " + relation(p, s.gold()), k -> new ArrayList<>())
                        .add(line(s.text(), p, s.gold()));
            }
        }
    }

    /** How an ORG span relates to the other side's spans: same span other type, ORG overlapping, other overlap, none. */
    private static String relation(String span, Set<String> other) {
        int[] a = range(span);
        String best = "nothing there";
        for (String o : other) {
            int[] b = range(o);
            if (b[0] >= a[1] || a[0] >= b[1]) {
                continue;
            }
            if (b[0] == a[0] && b[1] == a[1]) {
                return "same span as " + type(o);
            }
            String kind = type(o) == EntityType.ORGANIZATION ? "ORG" : type(o).name();
            String shape =
                    b[0] <= a[0] && b[1] >= a[1] ? "inside " : a[0] <= b[0] && a[1] >= b[1] ? "around " : "crossing ";
            String relation = shape + kind;
            if (best.equals("nothing there") || kind.equals("ORG")) {
                best = relation;
            }
        }
        return best;
    }

    private static String line(String text, String span, Set<String> other) {
        int[] a = range(span);
        List<String> near = new ArrayList<>();
        for (String o : other) {
            int[] b = range(o);
            if (b[0] < a[1] + 2 && a[0] - 2 < b[1]) {
                near.add(type(o).name().substring(0, 3) + ":" + text.substring(b[0], b[1]));
            }
        }
        int from = Math.max(0, a[0] - 8);
        int to = Math.min(text.length(), a[1] + 8);
        return "  " + text.substring(a[0], a[1]) + "  | other side " + near + "  | " + text.substring(from, a[0]) + "["
                + text.substring(a[0], a[1]) + "]" + text.substring(a[1], to);
    }

    private static EntityType type(String key) {
        return EntityType.valueOf(key.substring(0, key.indexOf(':')));
    }

    private static int[] range(String key) {
        String[] parts = key.split(":");
        return new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }
}
