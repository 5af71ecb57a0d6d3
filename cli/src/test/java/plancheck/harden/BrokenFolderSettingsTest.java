package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A data folder's plancheck.json that cannot be read (broken JSON, a bad documents entry) is one
 * input error naming it and its line, once however many documents lie below it; exit 2, and the
 * documents are still read as their titles allow (the titled one's findings are all reported).
 */
class BrokenFolderSettingsTest {
    private static final Path TITLED = Path.of("seeds/documents/001_daa27daca99d145a.txt");
    private static final Path UNTITLED = Path.of("seeds/documents/004_3f940de0c7560a79.txt");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\n  \"documents\": {\n    \"004.txt\": {\"region\": \"津南区\",}\n  }\n}`           | :3: not valid JSON: Unexpected character ('}'",
        "`{\n  \"documents\": {\n    \"001.txt\": {},\n    \"004.txt\": {\"level\": \"town\"}\n  }\n}` | :4: documents.004.txt: unknown level 'town'",
        "`{\n  \"documents\": {\n    \"004.txt\": {\"region\": \"津南区\", \"year\": \"2020\"}\n  }\n}` | :3: documents.004.txt: unknown key 'year'",
        "`{\"severities\": {},\n \"documents\": [\"004.txt\"]}`                              | :2: 'documents' must be an object",
        "`[\"004.txt\"]`                                                                         | : must hold one JSON object",
    })
    void aBrokenFolderSettingsFileIsOneLineAndTheDocumentsAreStillRead(String json, String expected) throws IOException {
        Files.copy(TITLED, dir.resolve("001.txt"));
        Files.copy(UNTITLED, dir.resolve("004.txt"));
        Files.writeString(dir.resolve("plancheck.json"), json);
        Run run = Run.of("check", "--lang", "en", dir.toString());
        assertEquals(2, run.exit(), run::err);
        List<String> err = run.err().lines().toList();
        String settings = dir.resolve("plancheck.json").toString().replace('\\', '/');
        assertEquals(1, err.stream().filter(l -> l.startsWith(settings)).count(), run::err);
        String line = err.stream().filter(l -> l.startsWith(settings)).findFirst().orElseThrow();
        assertTrue(line.startsWith(settings + expected), () -> "expected '" + settings + expected + "' in " + run.err());
        // The title-less document asks for what the broken file would have said; nothing else is wrong.
        assertEquals(2, err.size(), run::err);
        assertTrue(err.stream().anyMatch(l -> l.contains("004.txt") && l.contains("no title naming")), run::err);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::err);
        assertEquals(2, EndToEndBadInputTest.count(run.out(), "error scope.label"), run::out);
    }

    @Test
    void aWellFormedFolderSettingsFileGivesTheTitleLessDocumentItsPlan() throws IOException {
        Files.copy(UNTITLED, dir.resolve("004.txt"));
        Files.writeString(dir.resolve("plancheck.json"), "{\"severities\": {\"indicator.unknown\": \"off\"},\n"
                + " \"documents\": {\"004.txt\": {\"region\": \"津南区\", \"level\": \"district\", \"parent\": \"天津市\", \"period\": \"2020-2022\"}}}");
        Run run = Run.of("check", "--lang", "en", dir.toString());
        assertEquals("", run.err());
        assertEquals(0, run.exit(), run::out);
        assertTrue(run.out().contains("004.txt: 11 figures read"), run::out);
    }
}
