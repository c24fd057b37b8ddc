package io.github.acubepl.mapping;

import io.github.acubepl.mapping.internal.format.CompiledSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An official KSeF schema set (such as {@code fa3/schema} of the published files), for checking a
 * document against the authority rather than against our own encoding of it: the same check as
 * the engine's optional {@linkplain ValidationLayer#OFFICIAL_SCHEMA official-XSD pass}
 * ({@link ValidationContext.Builder#schemaDirectory}), on raw XML.
 *
 * <p>A schema is compiled once per main file and cached for the life of the JVM, with secure
 * processing on and imports resolved only inside the schema's folder; documents are parsed with no
 * DTD and no external entities. One in-memory change is made to the files: a {@code maxOccurs}
 * above 10,000 (FA(3)'s 50,000 on {@code DaneFaKorygowanej}) is read as {@code unbounded}, because
 * the JDK's validator cannot check it in reasonable time; the engine's structural layer enforces
 * that cap. Thread-safe (validations against one schema run one at a time).
 *
 * <pre>{@code
 * OfficialSchema xsd = OfficialSchema.inFolder(schemaFolder);
 * List<String> errors = xsd.errors(xml); // empty when valid
 * }</pre>
 */
public final class OfficialSchema {
    private final CompiledSchema compiled;

    private OfficialSchema(CompiledSchema compiled) {
        this.compiled = compiled;
    }

    /**
     * The schema whose main file is the only {@code schemat_*.xsd} in {@code folder}.
     *
     * @param folder a version's schema folder
     * @return the schema
     * @throws AcubeMappingException if there is no such file, or more than one, or it does not compile
     */
    public static OfficialSchema inFolder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        List<Path> mains = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "schemat_*.xsd")) {
            files.forEach(mains::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (mains.size() != 1) {
            throw new AcubeMappingException("expected exactly one schemat_*.xsd in " + folder + ", found " + mains);
        }
        return load(mains.get(0));
    }

    /**
     * The schema whose main file is {@code mainXsd}; its imports and includes are looked up next to it.
     *
     * @param mainXsd the main schema file
     * @return the schema
     * @throws AcubeMappingException if it is missing or does not compile
     */
    public static OfficialSchema load(Path mainXsd) {
        return new OfficialSchema(CompiledSchema.load(Objects.requireNonNull(mainXsd, "mainXsd")));
    }

    /**
     * The main schema file.
     *
     * @return its absolute, normalised path
     */
    public Path mainFile() {
        return compiled.mainFile();
    }

    /**
     * Validates a document. A document that is not well-formed gives the parser's message.
     *
     * @param xml the document
     * @return the validator's messages (with line and column), empty when the document is valid
     */
    public List<String> errors(byte[] xml) {
        return compiled.errors(Objects.requireNonNull(xml, "xml"));
    }

    /**
     * Whether the document is valid against the schema.
     *
     * @param xml the document
     * @return whether {@link #errors} is empty
     */
    public boolean isValid(byte[] xml) {
        return errors(xml).isEmpty();
    }

    @Override
    public String toString() {
        return "OfficialSchema[" + compiled.mainFile() + "]";
    }
}
