package io.wenliu.ingest.article;

import java.util.Arrays;
import java.util.Optional;

/**
 * Repairs headline lines that a bold font made the PDF extractor print twice, either glyph by glyph
 * ({@code 战战““疫疫””}) or run by run ({@code 一线一线党旗红党旗红}): a line made only of doubled blocks is
 * reduced to one copy of each block, using the fewest, longest blocks.
 */
public final class DoubledGlyphRepairer {

    /** Shorter lines are left alone: genuine reduplication (谢谢, 天天) is too likely. */
    static final int MIN_LENGTH = 6;

    /** Longer lines are not headlines; the search is quadratic. */
    static final int MAX_LENGTH = 400;

    /** Returns the repaired line, or the line unchanged when it is not entirely made of doubled blocks. */
    public String repair(String line) {
        return repaired(line).orElse(line);
    }

    /** Returns the repaired line when the whole line (whitespace ignored) is made of doubled blocks. */
    public Optional<String> repaired(String line) {
        int[] cps = line.codePoints().filter(cp -> !Character.isWhitespace(cp)).toArray();
        int n = cps.length;
        if (n < MIN_LENGTH || n > MAX_LENGTH || n % 2 != 0) {
            return Optional.empty();
        }
        int[] blocks = new int[n + 1];
        int[] cut = new int[n + 1];
        Arrays.fill(blocks, Integer.MAX_VALUE);
        blocks[0] = 0;
        for (int end = 2; end <= n; end += 2) {
            for (int start = end - 2; start >= 0; start -= 2) {
                if (blocks[start] == Integer.MAX_VALUE || blocks[start] + 1 >= blocks[end]) {
                    continue;
                }
                if (isDoubled(cps, start, end)) {
                    blocks[end] = blocks[start] + 1;
                    cut[end] = start;
                }
            }
        }
        if (blocks[n] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int end = n;
        while (end > 0) {
            int start = cut[end];
            int half = (end - start) / 2;
            out.insert(0, new String(cps, start, half));
            end = start;
        }
        return Optional.of(out.toString());
    }

    private static boolean isDoubled(int[] cps, int start, int end) {
        int half = (end - start) / 2;
        for (int i = 0; i < half; i++) {
            if (cps[start + i] != cps[start + half + i]) {
                return false;
            }
        }
        return true;
    }
}
