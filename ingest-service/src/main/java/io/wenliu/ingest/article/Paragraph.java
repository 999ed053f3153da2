package io.wenliu.ingest.article;

import java.util.List;

/** A paragraph rebuilt from hard-wrapped source lines, with the numbers of those lines. */
public record Paragraph(String text, List<Integer> lines) {

    public Paragraph {
        lines = List.copyOf(lines);
    }
}
