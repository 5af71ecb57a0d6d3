package plancheck.read.office;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import plancheck.read.document.Document;
import plancheck.read.document.Document.Block;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Paragraph;
import plancheck.read.document.Document.Table;

/** Writes a plan's blocks as a web page of a government site: p and h elements, real tables, a charset of choice. */
final class Html {
    private Html() {
    }

    static void write(Document d, Path out, Charset charset) throws IOException {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"").append(charset.name())
                .append("\">\n<title>规划</title>\n<style>td{border:1px solid}</style></head>\n<body>\n<div class=\"article\">\n");
        for (Block x : d.blocks()) {
            if (x instanceof Paragraph p) {
                b.append("<p>").append(esc(p.text().strip())).append("</p>\n");
            } else if (x instanceof Table t) {
                b.append("<table>\n");
                boolean head = true;
                for (List<Cell> row : t.rows()) {
                    b.append("<tr>");
                    for (Cell c : row) b.append(head ? "<th>" : "<td>").append(esc(c.text())).append(head ? "</th>" : "</td>");
                    b.append("</tr>\n");
                    head = false;
                }
                b.append("</table>\n");
            }
        }
        b.append("</div>\n<script>var x = '2022年达到999家';</script>\n</body></html>\n");
        Files.write(out, b.toString().getBytes(charset));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
