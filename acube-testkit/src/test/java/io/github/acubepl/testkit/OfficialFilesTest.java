package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.opentest4j.TestAbortedException;

/** The one helper that finds the official files: where it looks, and what it does without them. */
class OfficialFilesTest {
    @Example
    void aMissingFolderIsNamedInTheSkipOrFailure() {
        String before = System.getProperty("ksef.dir");
        Path missing = Path.of("target", "no-such-ksef-folder").toAbsolutePath().normalize();
        System.setProperty("ksef.dir", missing.toString());
        try {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            Class<? extends Throwable> expected = ci ? AssertionError.class : TestAbortedException.class;
            Throwable t = assertThrows(expected, OfficialFiles::dir);
            assertTrue(t.getMessage().contains(missing.toString()), t.getMessage());
            assertTrue(t.getMessage().contains(ci ? "under CI=true they are required" : "skipping"), t.getMessage());
            assertEquals(false, OfficialFiles.present());
        } finally {
            if (before == null) {
                System.clearProperty("ksef.dir");
            } else {
                System.setProperty("ksef.dir", before);
            }
        }
    }

    @Example
    @AddLifecycleHook(OfficialFiles.Required.class)
    void everyVersionHasItsMainSchemaAndSamples() {
        for (int v = 1; v <= 3; v++) {
            assertTrue(OfficialFiles.mainXsd(v).toFile().isFile(), "no main XSD of FA(" + v + ")");
            assertTrue(!OfficialFiles.samples(v).isEmpty(), "no samples of FA(" + v + ")");
        }
        assertThrows(IllegalArgumentException.class, () -> OfficialFiles.schemaFolder(4));
    }

    @Example
    @AddLifecycleHook(OfficialFiles.Required.class)
    void aSampleIsFoundByItsNumberWhateverItsFileNameLooksLike() {
        assertEquals("Przykład 10.xml", OfficialFiles.sample(1, 10).getFileName().toString());
        assertEquals("FA_3_Przykład_2.xml", OfficialFiles.sample(3, 2).getFileName().toString());
        assertEquals("Fa_2_Przykład_14.xml", OfficialFiles.sample(2, 14).getFileName().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OfficialFiles.sample(3, 99));
        assertTrue(e.getMessage().contains("no sample 99 of FA(3)"), e.getMessage());
    }
}
