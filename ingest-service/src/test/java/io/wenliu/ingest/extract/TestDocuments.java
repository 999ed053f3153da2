package io.wenliu.ingest.extract;

import io.wenliu.ingest.article.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds small PDF and DOCX documents for tests. */
public final class TestDocuments {

    private TestDocuments() {}

    /** A one-page PDF with one line of Latin text, or a blank page when {@code line} is null. */
    public static byte[] pdf(String line) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (line != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX with one paragraph per argument. */
    public static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX with one paragraph per argument whose core properties say it was created at {@code createdIso}. */
    public static byte[] docxCreated(String createdIso, String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try {
                document.getProperties().getCoreProperties().setCreated(createdIso);
            } catch (InvalidFormatException e) {
                throw new IllegalArgumentException("not an ISO date-time: " + createdIso, e);
            }
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A paragraph of a styled DOCX: the style's name as Word shows it (Title, heading 1), null for Normal. */
    public record Paragraph(String style, String text) {}

    /** A DOCX whose paragraphs carry the given paragraph styles, each defined in the document's styles part. */
    public static byte[] styledDocx(Paragraph... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            for (Paragraph paragraph : paragraphs) {
                var created = document.createParagraph();
                if (paragraph.style() != null) {
                    String id = paragraph.style().replace(" ", "");
                    if (styles.getStyle(id) == null) {
                        CTStyle style = CTStyle.Factory.newInstance();
                        style.setStyleId(id);
                        style.setType(STStyleType.PARAGRAPH);
                        CTString name = CTString.Factory.newInstance();
                        name.setVal(paragraph.style());
                        style.setName(name);
                        styles.addStyle(new XWPFStyle(style));
                    }
                    created.setStyle(id);
                }
                created.createRun().setText(paragraph.text());
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
