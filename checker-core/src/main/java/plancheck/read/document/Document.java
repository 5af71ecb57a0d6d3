package plancheck.read.document;

import java.util.List;

/**
 * A plan document as the extractors read it, whatever its file format: its paragraphs and tables
 * in reading order. A plain-text file, a Word file, a PDF and a web page of the same plan give the
 * same blocks, so that every phrasing the extractors understand works in every format.
 *
 * @param blocks paragraphs and tables, in reading order
 * @param format the format it was read from ("text", "docx", "doc", "pdf", "html")
 */
public record Document(List<Block> blocks, String format) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    /** A block of a document: a paragraph (one line of a text file) or a table. */
    public sealed interface Block permits Paragraph, Table {
    }

    /**
     * One paragraph, without line breaks; {@code place} is where its first character stands, and
     * the character at offset k stands at {@code place.column() + k} of the same line.
     */
    public record Paragraph(String text, Place place) implements Block {
    }

    /**
     * A table as the document has it: rows of cells, header rows first. A merged cell's text stands
     * in each of the cells it spans, so that every row has its year columns.
     */
    public record Table(List<List<Cell>> rows, Place place) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** One table cell, its text with line breaks turned into spaces. */
    public record Cell(String text, Place place) {
    }
}
