package io.wenliu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds articles of about a given size from seed sentences: a title line (an 8 to 16 character fragment of a
 * sentence without punctuation), a blank line, then paragraphs of 3 to 5 random sentences separated by blank lines
 * until the body reaches the size; the marker tag ends the first paragraph.
 */
final class ArticleGenerator {

    static final int MIN_TITLE = 8;
    static final int MAX_TITLE = 16;
    private static final int MIN_SENTENCES = 3;
    private static final int MAX_SENTENCES = 5;

    private final List<String> sentences;
    private final int chars;
    private final Random random;

    ArticleGenerator(List<String> sentences, int chars, Random random) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to build articles from");
        }
        this.sentences = List.copyOf(sentences);
        this.chars = chars;
        this.random = random;
    }

    /** A new article named {@code fileName} whose first paragraph ends with {@code tag}. */
    Article generate(String fileName, String tag) {
        String title = title();
        String body = body(tag);
        return new Article(fileName, title, body, title + "\n\n" + body + "\n");
    }

    private String title() {
        while (true) {
            String plain = sentence().replaceAll("[^\\p{L}\\p{N}]", "");
            if (plain.length() >= MIN_TITLE) {
                int length = MIN_TITLE + random.nextInt(Math.min(MAX_TITLE, plain.length()) - MIN_TITLE + 1);
                int start = random.nextInt(plain.length() - length + 1);
                return plain.substring(start, start + length);
            }
        }
    }

    /** Sentences until the body reaches the size, the last paragraph also having at least three sentences. */
    private String body(String tag) {
        List<StringBuilder> paragraphs = new ArrayList<>();
        int length = tag.length();
        int inParagraph = 0;
        int paragraphSize = 0;
        while (length < chars || inParagraph < MIN_SENTENCES) {
            if (inParagraph == paragraphSize) {
                if (!paragraphs.isEmpty()) {
                    length += 2;
                }
                paragraphs.add(new StringBuilder());
                inParagraph = 0;
                paragraphSize = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
            }
            String sentence = sentence();
            paragraphs.get(paragraphs.size() - 1).append(sentence);
            length += sentence.length();
            inParagraph++;
        }
        paragraphs.get(0).append(tag);
        return String.join("\n\n", paragraphs);
    }

    private String sentence() {
        return sentences.get(random.nextInt(sentences.size()));
    }
}
