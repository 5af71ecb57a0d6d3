package plancheck.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** What a reviewer wrote down for a case: its figures (gold.csv) and the findings it must give. */
final class Labels {
    private Labels() {
    }

    /** One labelled figure: where it stands, what it is, and its value in its unit (null for a blank). */
    record Gold(String file, int line, String kind, int year, Double value, String unit, String indicator,
                String quote) {
        String show() {
            return file + ":" + line + " " + kind + " " + year + " " + (value == null ? "blank" : Scorecard.num(value))
                    + " " + unit + " " + indicator + " «" + quote + "»";
        }
    }

    /** One finding the check must give: a rule reported at (or relating) a line of a file. */
    record Planted(String file, int line, String rule, String why) {
        String show() {
            return file + ":" + line + " " + rule + "  # " + why;
        }
    }

    /** The rows of a labels CSV in the project's contract; source_file is reduced to its file name. */
    static List<Gold> figures(Path csv) throws IOException {
        List<Gold> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                String value = r.get("value").strip();
                out.add(new Gold(fileName(r.get("source_file")), Integer.parseInt(r.get("source_line")),
                        r.get("kind"), Integer.parseInt(r.get("year")), value.isEmpty() ? null : Double.valueOf(value),
                        r.get("unit"), r.get("indicator"), r.get("quote")));
            }
        }
        return out;
    }

    /** The lines "file:line rule-id  # why" of a findings file; blank lines and comments skipped. */
    static List<Planted> findings(Path file) throws IOException {
        List<Planted> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            int hash = s.indexOf('#');
            String why = hash < 0 ? "" : s.substring(hash + 1).strip();
            String[] place = (hash < 0 ? s : s.substring(0, hash)).strip().split("\\s+");
            int colon = place[0].lastIndexOf(':');
            out.add(new Planted(place[0].substring(0, colon), Integer.parseInt(place[0].substring(colon + 1)),
                    place[1], why));
        }
        return out;
    }

    static String fileName(String path) {
        return path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
    }
}
