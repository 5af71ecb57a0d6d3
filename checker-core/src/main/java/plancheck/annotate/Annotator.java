package plancheck.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Finding;
import plancheck.model.Source;
import plancheck.read.document.DocumentPlanReader.NotReadable;
import plancheck.read.Inputs;
import plancheck.read.office.FileFormat;
import plancheck.read.office.OfficeFiles;
import plancheck.report.Messages;

/**
 * Writes a reviewer's document back with the check's findings in it: a Word comment (.docx) or a
 * highlight with a note (PDF) at each place a finding concerns, the message in the report's
 * language with the rule id; a finding of several places is marked at each, naming the others.
 * The CLI's {@code annotate} and the server call this one class.
 */
public final class Annotator {
    /** The comments' author, as Word shows it. */
    public static final String AUTHOR = "plancheck";

    /** One mark to make: where, and what it says. */
    record Mark(Source at, String text) {
    }

    /** Why a document cannot be annotated, in one line. */
    public static final class NotAnnotatable extends Exception {
        public NotAnnotatable(String message) {
            super(message, null, false, false);
        }
    }

    private Annotator() {
    }

    /**
     * Writes {@code document} with the findings of {@code result} that concern it to {@code out}.
     *
     * @return how many marks were made (one per finding and place in this document)
     */
    public static int annotate(Path document, CheckResult result, Messages m, OutputStream out)
            throws NotAnnotatable, IOException {
        return annotate(document, Checker.display(document), result, m, out);
    }

    /**
     * {@link #annotate(Path, CheckResult, Messages, OutputStream)} for a document the check named
     * {@code name} (the server names uploads relative to their temporary folder, not the working one).
     */
    public static int annotate(Path document, String name, CheckResult result, Messages m, OutputStream out)
            throws NotAnnotatable, IOException {
        FileFormat format = OfficeFiles.format(document);
        List<Mark> marks = marks(name, result, m);
        try {
            return switch (format) {
                case DOCX -> DocxMarks.write(OfficeFiles.docx(document), marks, out);
                case PDF -> PdfMarks.write(OfficeFiles.pdf(document), marks, out);
                case DOC -> throw new NotAnnotatable("annotate writes .docx and .pdf; this is a Word 97–2003 .doc"
                        + " (POI cannot convert it to .docx faithfully): save it as .docx in Word or WPS, then annotate that");
                default -> throw new NotAnnotatable("annotate writes .docx and .pdf; this file is " + format.described()
                        + " (its findings are in the check's report)");
            };
        } catch (NotReadable e) {
            throw new NotAnnotatable(e.getMessage());
        }
    }

    /**
     * {@link #annotate} into {@code target}, which is replaced only once the annotated document is
     * complete (written beside it, then moved); the document itself is never written.
     */
    public static int annotate(Path document, CheckResult result, Messages m, Path target) throws NotAnnotatable, IOException {
        if (Files.exists(target) && Files.isSameFile(document, target)) {
            throw new NotAnnotatable("the output would overwrite the document itself: name another file with -o");
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null) throw new NotAnnotatable("the output must be a file, not " + target + ": name one with -o");
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            int n;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                n = annotate(document, result, m, out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code plan.docx} → {@code plan.annotated.docx}, beside it. */
    public static Path defaultTarget(Path document) {
        String name = Inputs.name(document);
        int dot = name.lastIndexOf('.');
        String out = dot > 0 ? name.substring(0, dot) + ".annotated" + name.substring(dot) : name + ".annotated";
        return document.resolveSibling(out);
    }

    /** A mark at each place in {@code file} a finding names, in the findings' order. */
    static List<Mark> marks(String file, CheckResult result, Messages m) {
        List<Mark> marks = new ArrayList<>();
        for (Finding f : result.findings()) {
            List<Source> places = new ArrayList<>();
            places.add(f.source());
            places.addAll(f.related());
            for (Source at : places) {
                if (!at.file().equals(file) || at.line() <= 0) continue;
                StringBuilder text = new StringBuilder(m.message(f)).append(" [").append(f.ruleId()).append(']');
                List<String> others = new ArrayList<>();
                for (Source o : places) if (o != at && !o.equals(at)) others.add(m.place(o) + (o.quote().isEmpty() ? "" : " “" + o.quote() + "”"));
                if (!others.isEmpty()) text.append(' ').append(m.format("annotate.others", String.join("; ", others)));
                marks.add(new Mark(at, text.toString()));
            }
        }
        return marks;
    }
}
