package io.wenliu.analysis.quality;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.entity.EntityRecognizer;
import io.wenliu.analysis.entity.Mention;
import io.wenliu.analysis.segment.Segmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mention-level exact-span P/R/F1 on the People's Daily BIO file (evaluation only; never shipped). */
public final class PeoplesDailyEvaluation {
    /** One sentence: its text and gold mentions. */
    record Sentence(String text, Set<String> gold) {}

    /** Scores per type and overall, and where the errors come from. */
    public record Result(Map<EntityType, Prf> perType, Prf overall, int sentences, TypeConfusion confusion) {}

    private PeoplesDailyEvaluation() {}

    public static Result run(Segmenter segmenter, EntityRecognizer recognizer, Path bio) {
        List<Sentence> sentences = read(bio);
        Map<EntityType, Prf> perType = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            perType.put(t, new Prf());
        }
        TypeConfusion confusion = new TypeConfusion();
        for (Sentence s : sentences) {
            Set<String> predicted = new HashSet<>();
            for (Mention m : recognizer.mentions(s.text(), segmenter.segment(s.text()))) {
                predicted.add(m.type() + ":" + m.start() + ":" + m.end());
            }
            confusion.add(s.gold(), predicted);
            for (String p : predicted) {
                Prf prf = perType.get(EntityType.valueOf(p.substring(0, p.indexOf(':'))));
                if (s.gold().contains(p)) {
                    prf.truePositives++;
                } else {
                    prf.falsePositives++;
                }
            }
            for (String g : s.gold()) {
                if (!predicted.contains(g)) {
                    perType.get(EntityType.valueOf(g.substring(0, g.indexOf(':')))).falseNegatives++;
                }
            }
        }
        Prf overall = new Prf();
        perType.values().forEach(overall::add);
        return new Result(perType, overall, sentences.size(), confusion);
    }

    static List<Sentence> read(Path bio) {
        List<String> lines;
        try {
            lines = Files.readAllLines(bio, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(sentences, text, tags);
                continue;
            }
            int space = line.lastIndexOf(' ');
            text.append(line, 0, space > 0 ? space : 1);
            tags.add(space > 0 ? line.substring(space + 1).trim() : "O");
        }
        flush(sentences, text, tags);
        return sentences;
    }

    private static void flush(List<Sentence> sentences, StringBuilder text, List<String> tags) {
        if (text.length() == 0) {
            return;
        }
        Set<String> gold = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside =
                    tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
            if (!inside && start >= 0) {
                gold.add(map(type) + ":" + start + ":" + i);
                start = -1;
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
                start = i;
                type = tag.substring(2);
            }
        }
        sentences.add(new Sentence(text.toString(), gold));
        text.setLength(0);
        tags.clear();
    }

    private static EntityType map(String bioType) {
        return switch (bioType) {
            case "PER" -> EntityType.PERSON;
            case "LOC" -> EntityType.LOCATION;
            default -> EntityType.ORGANIZATION;
        };
    }
}
