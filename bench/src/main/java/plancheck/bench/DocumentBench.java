package plancheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * {@code bench/run.sh docs}: the wait for one long Word or PDF plan, whole process via ./plancheck.
 * A plan of {@code --pages} pages (default 30; the Binhai seed, then its text again without
 * numbers, so that the figures stay the seed's) is written as a web page with real tables and laid
 * out by LibreOffice as .docx and as PDF, the way reviewers' files are made.
 */
public final class DocumentBench {
    private static final Path SEED = Path.of("seeds", "documents", "002_eb5fe5a3b1811268.txt");

    private DocumentBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5, pages = 30;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) runs = Integer.parseInt(args[++i]);
            else if (args[i].equals("--pages")) pages = Integer.parseInt(args[++i]);
        }
        Path dir = Files.createDirectories(Path.of("bench", "target", "documents"));
        System.out.printf("%nOne long document, whole process (./plancheck check FILE), median of %d runs%n%n", runs);
        System.out.println("| document | pages | wall s | cpu s | peak RSS MB |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int p : pages == 30 ? List.of(15, 30, 60) : List.of(pages)) {
            Path html = dir.resolve("plan-" + p + ".html");
            Path docx = dir.resolve("plan-" + p + ".docx"), pdf = dir.resolve("plan-" + p + ".pdf");
            if (!Files.exists(docx) || !Files.exists(pdf)) {
                write(html, p);
                convert(html, "docx:MS Word 2007 XML", dir);
                convert(html, "pdf", dir);
            }
            int printed;
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                printed = d.getNumberOfPages();
            }
            for (Path doc : List.of(docx, pdf)) {
                List<ProcessBench.Run> all = new ArrayList<>();
                for (int r = 0; r < runs; r++) all.add(ProcessBench.run("./plancheck", doc.toString()));
                all.sort((a, b) -> Double.compare(a.wall(), b.wall()));
                ProcessBench.Run m = all.get(all.size() / 2);
                System.out.printf("| %s | %d | %.2f | %.2f | %d |%n", doc.getFileName(), printed, m.wall(), m.cpu(), m.rssKb() / 1024);
            }
        }
    }

    /** The seed as a web page, its body repeated without digits until it fills about {@code pages} pages. */
    static void write(Path html, int pages) throws IOException {
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>plan</title></head><body>\n");
        body(lines, b, false);
        // The seed fills about 17 pages of A4 as LibreOffice lays it out.
        for (int k = 17; k < pages; k += 17) body(lines.subList(lines.size() / 4, lines.size()), b, true);
        Files.writeString(html, b.append("</body></html>\n"), StandardCharsets.UTF_8);
    }

    private static void body(List<String> lines, StringBuilder b, boolean withoutNumbers) {
        boolean table = false;
        for (String l : lines) {
            String s = (withoutNumbers ? l.replaceAll("[0-9０-９]", "") : l).replace("&", "&amp;").replace("<", "&lt;");
            boolean row = s.strip().contains("\t");
            if (row && !table) b.append("<table border=\"1\">\n");
            if (!row && table) b.append("</table>\n");
            table = row;
            if (row) b.append("<tr><td>").append(String.join("</td><td>", s.strip().split("\t+"))).append("</td></tr>\n");
            else if (!s.isBlank()) b.append("<p>").append(s.strip()).append("</p>\n");
        }
        if (table) b.append("</table>\n");
    }

    private static void convert(Path html, String to, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", to,
                "--outdir", dir.toString(), html.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("soffice --convert-to " + to + " failed: see " + dir.resolve("soffice.log"));
        }
    }
}
