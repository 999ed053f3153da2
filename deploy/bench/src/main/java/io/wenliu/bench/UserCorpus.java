package io.wenliu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The user's own {@code .txt}, {@code .md} and {@code .html} files (UTF-8), taken in turn; each copy gets a marker
 * line appended (in HTML a paragraph before {@code </body>}), so a copy never repeats a content hash.
 */
final class UserCorpus implements Corpus {

    private static final Pattern BODY_END = Pattern.compile("(?i)</body\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final List<Path> files;
    private final List<String> texts;

    private UserCorpus(List<Path> files, List<String> texts) {
        this.files = files;
        this.texts = texts;
    }

    /** Loads the usable files of {@code dir}; other extensions and non-UTF-8 files are skipped with a warning. */
    static UserCorpus load(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> candidates = walk.filter(Files::isRegularFile).sorted().toList();
            List<Path> files = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Path file : candidates) {
                if (!isSupported(file)) {
                    Console.warn("--corpus: skipping " + file + " (only .txt, .md, .html and .htm are used)");
                    continue;
                }
                try {
                    texts.add(decodeUtf8(Files.readAllBytes(file)));
                    files.add(file);
                } catch (CharacterCodingException e) {
                    Console.warn("--corpus: skipping " + file + " (not UTF-8)");
                }
            }
            if (files.isEmpty()) {
                throw new UsageException("--corpus " + dir + " holds no .txt, .md or .html files");
            }
            return new UserCorpus(List.copyOf(files), List.copyOf(texts));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the corpus " + dir, e);
        }
    }

    static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public Article article(String run, int number) {
        int index = number % files.size();
        String name = files.get(index).getFileName().toString();
        String text = withMarker(name, texts.get(index), RunMarker.tag(run, number));
        String body = isHtml(name) ? TAG.matcher(text).replaceAll(" ") : text;
        String title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return new Article(String.format(Locale.ROOT, "%s-%06d-%s", run, number, name), title, body, text);
    }

    /** {@code text} with {@code tag} as its own paragraph: before {@code </body>} in HTML, else at the end. */
    static String withMarker(String fileName, String text, String tag) {
        if (isHtml(fileName)) {
            Matcher end = BODY_END.matcher(text);
            int at = -1;
            while (end.find()) {
                at = end.start();
            }
            String paragraph = "<p>" + tag + "</p>\n";
            return at < 0 ? text + "\n" + paragraph : text.substring(0, at) + paragraph + text.substring(at);
        }
        return text + (text.endsWith("\n") ? "\n" : "\n\n") + tag + "\n";
    }

    @Override
    public int batchSize(int requested) {
        return files.size();
    }

    @Override
    public String unit() {
        return "files";
    }

    private static boolean isHtml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
