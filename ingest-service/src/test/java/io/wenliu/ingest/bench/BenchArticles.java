package io.wenliu.ingest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Distinct one-article texts of about a given length built from the sentences of {@code seeds/*.txt}, by the rules of
 * deploy/bench's generator: a title line, a blank line, paragraphs of 3 to 5 sentences, a unique tag.
 */
final class BenchArticles {

    private static final Pattern FORBIDDEN =
            Pattern.compile("[□■◎●▲◆☆★]|电|新华社|记者|本报|通讯员|讯|[0-9０-９]{1,2}月[0-9０-９]{1,2}日");
    private static final String ENDS = "。！？";
    private static final String CLOSING_QUOTES = "”’」』";

    private final List<String> sentences;
    private final int chars;
    private final Random random;

    BenchArticles(Path seedsDir, int chars, long seed) {
        this.sentences = sentencesOf(seedText(seedsDir));
        this.chars = chars;
        this.random = new Random(seed);
    }

    /** A new article that no other call returns: its first paragraph ends with a unique tag. */
    String next() {
        String title;
        do {
            title = sentence().replaceAll("[^\\p{L}\\p{N}]", "");
        } while (title.length() < 8);
        int length = 8 + random.nextInt(Math.min(16, title.length()) - 7);
        int start = random.nextInt(title.length() - length + 1);
        List<StringBuilder> paragraphs = new ArrayList<>();
        int bodyLength = 0;
        int inParagraph = 0;
        int paragraphSize = 0;
        while (bodyLength < chars || inParagraph < 3) {
            if (inParagraph == paragraphSize) {
                paragraphs.add(new StringBuilder());
                bodyLength += 2;
                inParagraph = 0;
                paragraphSize = 3 + random.nextInt(3);
            }
            String sentence = sentence();
            paragraphs.get(paragraphs.size() - 1).append(sentence);
            bodyLength += sentence.length();
            inParagraph++;
        }
        paragraphs.get(0).append("编号").append(UUID.randomUUID()).append('。');
        return title.substring(start, start + length) + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    private String sentence() {
        return sentences.get(random.nextInt(sentences.size()));
    }

    private static List<String> sentencesOf(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < compact.length(); i++) {
            if (ENDS.indexOf(compact.charAt(i)) < 0) {
                continue;
            }
            int end = i + 1;
            while (end < compact.length() && CLOSING_QUOTES.indexOf(compact.charAt(end)) >= 0) {
                end++;
            }
            String sentence = compact.substring(start, end);
            int length = sentence.codePointCount(0, sentence.length());
            if (length >= 12 && length <= 150 && !FORBIDDEN.matcher(sentence).find()) {
                sentences.add(sentence);
            }
            start = end;
            i = end - 1;
        }
        return sentences;
    }

    private static String seedText(Path seedsDir) {
        try (Stream<Path> files = Files.list(seedsDir)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
