package io.github.acubepl.benchmarks;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.model.InvoiceModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The documents {@link ValidationSpeedBenchmark} measures, by version (1 or 3) and size:
 * {@code sample} (the official sample 1 of the version, read from {@link #ksefDir()}),
 * {@code lines-N} (a generated VAT invoice of N lines: {@link Invoices}, {@link Fa3Invoices}) and
 * {@value #LIMIT} (the biggest generated invoice whose XML and JSON both fit the input limit,
 * {@link ReadLimits#DEFAULT_MAX_BYTES} bytes). Each in its three forms: XML, A-Cube JSON and the model.
 *
 * <p>The {@value #LIMIT} documents take half a minute to generate and more memory than the heap
 * they are measured with, so they are generated once and kept as files in {@link #cacheDir()}.
 *
 * @param version 1 or 3
 * @param size the size's name
 * @param xml the FA XML
 * @param json the same invoice as A-Cube JSON
 * @param model the same invoice as the model, or null where it was not asked for
 */
public record SpeedDocuments(int version, String size, byte[] xml, byte[] json, InvoiceModel model) {
    /** The size of the biggest document the mapper reads: XML and JSON at most {@link ReadLimits#DEFAULT_MAX_BYTES}. */
    public static final String LIMIT = "limit-16MiB";

    /**
     * Builds a document.
     *
     * @param version 1 or 3
     * @param size {@code sample}, {@code lines-N} or {@value #LIMIT}
     * @param mapper the mapper that writes the XML and JSON forms
     * @return the document
     * @throws IllegalArgumentException for an unknown version or size
     * @throws IllegalStateException if the official files are not where {@link #ksefDir()} says
     */
    public static SpeedDocuments of(int version, String size, InvoiceMapper mapper) {
        return of(version, size, mapper, true);
    }

    /**
     * Builds a document, with or without its model (the {@value #LIMIT} documents' model is big).
     *
     * @param version 1 or 3
     * @param size {@code sample}, {@code lines-N} or {@value #LIMIT}
     * @param mapper the mapper that writes the XML and JSON forms
     * @param withModel whether the model is needed; when not, it may be null
     * @return the document
     * @throws IllegalArgumentException for an unknown version or size
     * @throws IllegalStateException if the official files are not where {@link #ksefDir()} says
     */
    public static SpeedDocuments of(int version, String size, InvoiceMapper mapper, boolean withModel) {
        if (version != 1 && version != 3) {
            throw new IllegalArgumentException("FA(" + version + ") is not measured; use 1 or 3");
        }
        if (size.equals("sample")) {
            byte[] xml = read(sample(version));
            InvoiceModel model = mapper.read(xml).toModel(InvoiceModel.class);
            return new SpeedDocuments(version, size, xml, mapper.read(xml).toJson(), model);
        }
        if (size.equals(LIMIT)) {
            return cachedLimit(version, mapper, withModel);
        }
        if (size.startsWith("lines-")) {
            int lines = Integer.parseInt(size.substring("lines-".length()));
            return of(version, size, version == 1 ? Invoices.withLines(lines) : Fa3Invoices.withLines(lines), mapper);
        }
        throw new IllegalArgumentException("unknown size: " + size + "; known: sample, lines-N, " + LIMIT);
    }

    private static SpeedDocuments of(int version, String size, InvoiceModel model, InvoiceMapper mapper) {
        return new SpeedDocuments(version, size, mapper.toXml(model), mapper.toJson(model), model);
    }

    /**
     * The biggest document under the input limit: FA(1) grows by lines; FA(3), whose lines are capped
     * at 10,000, is a correction naming 50,000 invoices (FA(3)'s cap) with as many lines as fit.
     */
    private static SpeedDocuments limit(int version, InvoiceMapper mapper) {
        long max = ReadLimits.DEFAULT_MAX_BYTES;
        if (version == 1) {
            SpeedDocuments small = of(1, LIMIT, Invoices.withLines(1000), mapper);
            SpeedDocuments twice = of(1, LIMIT, Invoices.withLines(2000), mapper);
            long perLine = Math.max(size(twice) - size(small), 1) / 1000 + 1;
            int lines = (int) (1000 + (max - size(small)) / perLine);
            SpeedDocuments doc = of(1, LIMIT, Invoices.withLines(lines), mapper);
            while (size(doc) > max) {
                lines -= (int) ((size(doc) - max) / perLine) + 1;
                doc = of(1, LIMIT, Invoices.withLines(lines), mapper);
            }
            return doc;
        }
        SpeedDocuments small = of(3, LIMIT, Fa3Invoices.correctionOf(50_000, 1), mapper);
        SpeedDocuments more = of(3, LIMIT, Fa3Invoices.correctionOf(50_000, 1001), mapper);
        long perLine = Math.max(size(more) - size(small), 1) / 1000 + 1;
        int lines = (int) Math.min(10_000, 1 + (max - size(small)) / perLine);
        if (lines < 1) {
            throw new IllegalStateException("50,000 corrected invoices alone exceed " + max + " bytes");
        }
        SpeedDocuments doc = of(3, LIMIT, Fa3Invoices.correctionOf(50_000, lines), mapper);
        while (size(doc) > max) {
            lines -= (int) ((size(doc) - max) / perLine) + 1;
            doc = of(3, LIMIT, Fa3Invoices.correctionOf(50_000, lines), mapper);
        }
        return doc;
    }

    /**
     * The {@value #LIMIT} document from {@link #cacheDir()}, generated and kept there the first time.
     */
    private static SpeedDocuments cachedLimit(int version, InvoiceMapper mapper, boolean withModel) {
        Path dir = cacheDir();
        Path xmlFile = dir.resolve("fa" + version + "-" + LIMIT + ".xml");
        Path jsonFile = dir.resolve("fa" + version + "-" + LIMIT + ".json");
        if (Files.isRegularFile(xmlFile) && Files.isRegularFile(jsonFile)) {
            byte[] xml = read(xmlFile);
            InvoiceModel model = withModel ? mapper.read(xml).toModel(InvoiceModel.class) : null;
            return new SpeedDocuments(version, LIMIT, xml, read(jsonFile), model);
        }
        SpeedDocuments doc = limit(version, mapper);
        try {
            Files.createDirectories(dir);
            for (Path file : List.of(xmlFile, jsonFile)) {
                Path partial = dir.resolve(file.getFileName() + ".partial");
                Files.write(partial, file == xmlFile ? doc.xml : doc.json);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated document in " + dir, e);
        }
        return withModel ? doc : new SpeedDocuments(version, LIMIT, doc.xml, doc.json, null);
    }

    /**
     * Where the {@value #LIMIT} documents are kept: the system property {@code acube.speed.cache},
     * else {@code acube-speed-documents} in the temporary folder.
     *
     * @return the folder, which may not exist yet
     */
    public static Path cacheDir() {
        String property = System.getProperty("acube.speed.cache");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "acube-speed-documents");
    }

    /**
     * Generates the {@value #LIMIT} documents of FA(1) and FA(3) into {@link #cacheDir()}, so that a
     * benchmark run with a small heap only reads them.
     *
     * @param args none
     */
    public static void main(String[] args) {
        InvoiceMapper mapper = InvoiceMapper.builder().limits(ReadLimits.defaults()).build();
        for (int version : new int[] {1, 3}) {
            SpeedDocuments doc = of(version, LIMIT, mapper, false);
            System.out.printf(Locale.ROOT, "FA(%d) %s: XML %,d bytes, JSON %,d bytes in %s%n", version, LIMIT,
                    doc.xml.length, doc.json.length, cacheDir());
        }
    }

    private static long size(SpeedDocuments doc) {
        return Math.max(doc.xml.length, doc.json.length);
    }

    /**
     * The folder of the official KSeF files: the system property {@code ksef.dir}, else
     * {@code ../shared/ksef} relative to the working directory (the repository's root, where the
     * README's commands run), else {@code ../../shared/ksef} (a module's folder, where tests run).
     *
     * @return the folder, which may not exist
     */
    public static Path ksefDir() {
        String property = System.getProperty("ksef.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path near = Path.of("../shared/ksef").toAbsolutePath().normalize();
        return Files.isDirectory(near) ? near : Path.of("../../shared/ksef").toAbsolutePath().normalize();
    }

    /**
     * The official sample 1 of FA({@code version}).
     *
     * @param version 1 or 3
     * @return its path
     * @throws IllegalStateException if it is not there
     */
    public static Path sample(int version) {
        Path folder = ksefDir().resolve("fa" + version).resolve("samples");
        for (String name : List.of("FA_" + version + "_Przykład_1.xml", "Przykład 1.xml")) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException(missing("the official sample 1 of FA(" + version + ")", folder));
    }

    /**
     * The main official XSD of FA({@code version}).
     *
     * @param version 1 or 3
     * @return its path
     * @throws IllegalStateException if it is not there
     */
    public static Path mainXsd(int version) {
        Path file = ksefDir().resolve("fa" + version).resolve("schema").resolve("schemat_FA(" + version + ")_v1-0E.xsd");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(missing("the official XSD of FA(" + version + ")", file.getParent()));
        }
        return file;
    }

    static String missing(String what, Path where) {
        return what + " is not in " + where + ": the official KSeF files are looked for in -Dksef.dir, else in "
                + "../shared/ksef from the working directory";
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
