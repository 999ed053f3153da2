package io.wenliu.analysis.entity;

import io.wenliu.analysis.segment.CharClass;
import io.wenliu.analysis.segment.Resources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named word lists read from a classpath resource: {@code [name]} opens a list, the lines after it hold its entries
 * separated by whitespace ({@link Resources#lines} drops blank and {@code #} comment lines).
 */
final class WordLists {

    private final String resource;
    private final Map<String, List<String>> lists;

    private WordLists(String resource, Map<String, List<String>> lists) {
        this.resource = resource;
        this.lists = lists;
    }

    /** Reads {@code resource}; fails on an entry before the first section or a section named twice. */
    static WordLists load(String resource) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Resources.lines(resource)) {
            String text = line.strip();
            if (text.startsWith("[") && text.endsWith("]")) {
                String name = text.substring(1, text.length() - 1);
                current = new ArrayList<>();
                if (lists.put(name, current) != null) {
                    throw new IllegalStateException(resource + ": list [" + name + "] appears twice");
                }
            } else if (current == null) {
                throw new IllegalStateException(resource + ": '" + text + "' comes before the first [list]");
            } else {
                current.addAll(Arrays.asList(text.split("\\s+")));
            }
        }
        return new WordLists(resource, lists);
    }

    /** The entries of list {@code name}, in order. */
    List<String> words(String name) {
        List<String> words = lists.get(name);
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(resource + " has no list [" + name + "]");
        }
        return List.copyOf(words);
    }

    /** The characters of list {@code name} (of its entries, joined). */
    CharClass chars(String name) {
        return CharClass.of(String.join("", words(name)));
    }
}
