package io.wenliu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sentences of the seed articles that make good generated text: whitespace removed, split after 。！？, 12 to 150
 * characters, and none of the bylines, datelines and layout marks that would make ingest split or rename an article.
 */
final class SeedSentences {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 150;

    /** Box and bullet marks, dateline and byline words, dates like 3月12日. */
    static final Pattern FORBIDDEN = Pattern.compile("[□■◎●▲◆☆★]|电|新华社|记者|本报|通讯员|讯|[0-9０-９]{1,2}月[0-9０-９]{1,2}日");

    private static final String ENDS = "。！？";
    private static final String CLOSING_QUOTES = "”’」』";

    private SeedSentences() {}

    /** The usable sentences of {@code text}, in order. */
    static List<String> of(String text) {
        String compact = withoutWhitespace(text);
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
            addIfUsable(sentences, compact.substring(start, end));
            start = end;
            i = end - 1;
        }
        return sentences;
    }

    /** Whether a sentence has the right length and nothing forbidden. */
    static boolean isUsable(String sentence) {
        int length = sentence.codePointCount(0, sentence.length());
        return length >= MIN_LENGTH
                && length <= MAX_LENGTH
                && !FORBIDDEN.matcher(sentence).find();
    }

    /** {@code text} with every whitespace character (including the ideographic space) deleted. */
    static String withoutWhitespace(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }

    /** The text of every {@code *.txt} in {@code seedsDir} (UTF-8), in file name order, joined by newlines. */
    static String readSeedText(Path seedsDir) {
        try (Stream<Path> files = Files.list(seedsDir)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
            if (text.isEmpty()) {
                throw new IllegalStateException("No seed files (*.txt) in " + seedsDir);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the seed files in " + seedsDir, e);
        }
    }

    private static void addIfUsable(List<String> sentences, String sentence) {
        if (isUsable(sentence)) {
            sentences.add(sentence);
        }
    }
}
