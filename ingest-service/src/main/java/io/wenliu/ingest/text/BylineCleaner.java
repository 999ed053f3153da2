package io.wenliu.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans and parses bylines such as {@code □新华社记者 林 晖 人民日报记者 孟祥夫}: removes the box mark and the
 * layout spaces inside names, and finds the authors, the agency and a co-publishing paper.
 */
public final class BylineCleaner {

    private static final String MARKS = "□■◎●▲◆☆★";
    private static final Pattern ROLE = Pattern.compile(
            "^(?<agency>[\\p{IsHan}]{1,10}?)(?<role>特约记者|首席记者|摄影记者|见习记者|记者|通讯员|特约评论员|评论员)(?<name>[\\p{IsHan}·]*)$");
    private static final Pattern CREDIT = Pattern.compile("^据(?<agency>[\\p{IsHan}]{2,10}?)(?:电|发|报道)$");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·]{1,10}$");

    /** Whether the line starts with a byline box mark ({@code □}). */
    public boolean startsWithMark(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && MARKS.indexOf(stripped.charAt(0)) >= 0;
    }

    /** Whether the line looks like a byline: a box mark, a {@code XX记者 name} part or a {@code 据XX发} credit. */
    public boolean looksLikeByline(String line) {
        if (startsWithMark(line)) {
            return true;
        }
        String[] tokens = tokens(line);
        if (tokens.length == 0 || tokens.length > 12) {
            return false;
        }
        Matcher role = ROLE.matcher(tokens[0]);
        return (role.matches() && (tokens.length > 1 || !role.group("name").isEmpty() || isInstitutional(role)))
                || CREDIT.matcher(String.join("", tokens)).matches();
    }

    /** Parses byline text (one or more lines joined with spaces). */
    public Byline parse(String raw) {
        String[] tokens = tokens(raw);
        String joined = String.join("", tokens);
        Matcher credit = CREDIT.matcher(joined);
        if (credit.matches()) {
            return new Byline(joined, List.of(), credit.group("agency"), null);
        }
        List<String> parts = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        List<String> pendingSingles = new ArrayList<>();
        for (String token : tokens) {
            Matcher role = ROLE.matcher(token);
            if (role.matches()) {
                flushSingles(pendingSingles, parts, authors);
                String agency = role.group("agency");
                if (!agencies.contains(agency)) {
                    agencies.add(agency);
                }
                String name = role.group("name");
                if (isInstitutional(role) && name.isEmpty()) {
                    parts.add(token);
                    authors.add(token);
                } else if (name.isEmpty()) {
                    parts.add(token);
                } else {
                    parts.add(agency + role.group("role"));
                    parts.add(name);
                    authors.add(name);
                }
            } else if (token.codePointCount(0, token.length()) == 1
                    && NAME.matcher(token).matches()) {
                pendingSingles.add(token);
            } else {
                flushSingles(pendingSingles, parts, authors);
                parts.add(token);
                if (NAME.matcher(token).matches()) {
                    authors.add(token);
                }
            }
        }
        flushSingles(pendingSingles, parts, authors);
        String source = agencies.isEmpty() ? null : agencies.get(0);
        String coSource = agencies.size() > 1 ? agencies.get(1) : null;
        return new Byline(String.join(" ", parts), authors, source, coSource);
    }

    /** Parses a line that holds only a person's name (e.g. {@code 柏长岭} under a commentary title), if it is one. */
    public Optional<Byline> parseBareName(String line) {
        String[] tokens = tokens(line);
        String joined = String.join("", tokens);
        boolean singles = tokens.length == 1 || Arrays.stream(tokens).allMatch(t -> t.length() == 1);
        if (singles && ChineseNames.isPersonalName(joined)) {
            return Optional.of(new Byline(joined, List.of(joined), null, null));
        }
        return Optional.empty();
    }

    private static boolean isInstitutional(Matcher role) {
        return role.group("role").endsWith("评论员");
    }

    /** Consecutive one-character tokens are one name split by layout spaces ({@code 林 晖} is 林晖). */
    private static void flushSingles(List<String> singles, List<String> parts, List<String> authors) {
        if (singles.isEmpty()) {
            return;
        }
        String name = String.join("", singles);
        parts.add(name);
        authors.add(name);
        singles.clear();
    }

    private static String[] tokens(String raw) {
        String cleaned = raw.replace('\u3000', ' ').strip();
        while (!cleaned.isEmpty() && MARKS.indexOf(cleaned.charAt(0)) >= 0) {
            cleaned = cleaned.substring(1).strip();
        }
        return cleaned.isEmpty() ? new String[0] : cleaned.split("\\s+");
    }
}
