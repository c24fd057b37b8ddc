package io.github.acubepl.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.mapping.InvoiceReadException.Reason;
import io.github.acubepl.mapping.internal.format.SchemaFormat;
import io.github.acubepl.mapping.internal.io.Encoding;
import io.github.acubepl.mapping.internal.io.JsonInput;
import io.github.acubepl.mapping.internal.io.XmlInput;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.model.InvoiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The mapping engine: reads FA XML or A-Cube JSON of any known schema version (the plug-ins found
 * through {@link ServiceLoader}), validates, converts, and binds to the Java model.
 *
 * <pre>{@code
 * InvoiceMapper mapper = InvoiceMapper.create();
 * InvoiceDocument doc = mapper.read(file); // FA XML or A-Cube JSON, any known version
 * ValidationReport report = mapper.validate(doc);
 * byte[] xml = doc.toXml();
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one and share it.
 */
public final class InvoiceMapper {
    private final List<InvoiceFormat> formats;
    private final ReadLimits limits;
    private final ValidationContext context;

    private InvoiceMapper(Builder b) {
        this.formats = List.copyOf(b.formats != null ? b.formats : discover());
        if (formats.isEmpty()) {
            throw new IllegalStateException("no invoice format plug-in found on the class path "
                    + "(META-INF/services/" + InvoiceFormat.class.getName() + ")");
        }
        this.limits = b.limits;
        this.context = b.context;
    }

    private static List<InvoiceFormat> discover() {
        List<InvoiceFormat> found = new ArrayList<>();
        for (InvoiceFormat f : ServiceLoader.load(InvoiceFormat.class, InvoiceMapper.class.getClassLoader())) {
            found.add(f);
        }
        return found;
    }

    /**
     * An engine with every plug-in on the class path, default limits and
     * {@link ValidationContext#defaults()}.
     *
     * @return a new engine
     */
    public static InvoiceMapper create() {
        return builder().build();
    }

    /**
     * Starts configuring an engine.
     *
     * @return a new builder: every plug-in on the class path, default limits,
     *     {@link ValidationContext#defaults()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The known formats. */
    public List<InvoiceFormat> formats() {
        return formats;
    }

    /** The format called {@code name} (e.g. {@code FA(1)}). */
    public Optional<InvoiceFormat> format(String name) {
        for (InvoiceFormat f : formats) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The validation context {@link #validate(InvoiceDocument)} uses: the one given to
     * {@link Builder#context}, else {@link ValidationContext#defaults()}.
     *
     * @return the context
     */
    public ValidationContext context() {
        return context;
    }

    /**
     * Reads an invoice, detecting FA XML or A-Cube JSON and its schema version.
     *
     * @throws InvoiceReadException if the input is not a readable invoice
     */
    public InvoiceDocument read(byte[] input) {
        Objects.requireNonNull(input, "input");
        if (input.length > limits.maxBytes()) {
            throw new InvoiceReadException(Reason.TOO_LARGE,
                    "input is " + input.length + " bytes; the limit is " + limits.maxBytes() + " bytes");
        }
        Encoding.Detected encoding = Encoding.detect(input);
        int first = encoding.firstSignificant(input);
        if (first == '<') {
            XmlInput.Root root = XmlInput.peekRoot(input, limits);
            for (InvoiceFormat f : formats) {
                if (f.namespace().equals(root.namespace())) {
                    return f.readXml(input, limits);
                }
            }
            throw new InvoiceReadException(Reason.UNKNOWN_FORMAT, "no plug-in for XML namespace '"
                    + Text.shorten(root.namespace()) + "' (root element " + Text.shorten(root.name()) + "); known: "
                    + known());
        }
        if (first == '{' || first == '[') {
            JsonNode json = JsonInput.parse(input, limits);
            if (!json.isObject()) {
                throw new InvoiceReadException(Reason.MALFORMED, "a JSON invoice must be an object, not an array");
            }
            InvoiceFormat format = detectJson(json);
            // The built-in plug-ins take the tree parsed here for detection: one parse per input on
            // this path. Only a foreign plug-in, which cannot see our tree type, parses the bytes again.
            return format instanceof SchemaFormat ? ((SchemaFormat) format).readParsedJson(json, input)
                    : format.readJson(input, limits);
        }
        if (first < 0) {
            throw new InvoiceReadException(Reason.UNKNOWN_FORMAT, input.length == encoding.byteOrderMarkLength()
                    ? "the input is empty" : "the input holds only white space");
        }
        throw new InvoiceReadException(Reason.UNKNOWN_FORMAT, "the input is neither XML nor JSON (it starts with '"
                + Text.shorten(new String(Character.toChars(first))) + "'"
                + (encoding.encoding() == Encoding.UTF_8 ? "" : ", read as " + encoding.encoding().label()) + ")");
    }

    /** Reads an invoice from a stream (not closed), with the same size limit. */
    public InvoiceDocument read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return read(readBounded(in));
        } catch (IOException e) {
            throw new InvoiceReadException(Reason.IO, "cannot read the input: " + Text.shorten(String.valueOf(
                    e.getMessage()), 200), 0, 0, e);
        }
    }

    /**
     * Reads an invoice file. The file is read once, through the size limit, whatever it is: a file
     * that grows while it is read, or a device such as {@code /dev/zero}, ends at the limit.
     */
    public InvoiceDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        String shown = Text.shorten(file.toString(), 200);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = readBounded(in);
        } catch (NoSuchFileException e) {
            throw new InvoiceReadException(Reason.IO, "no such file: " + shown, 0, 0, e);
        } catch (InvoiceReadException e) {
            throw new InvoiceReadException(e.reason(), shown + ": " + e.getMessage(), e.line(), e.column(), e);
        } catch (IOException e) {
            throw new InvoiceReadException(Reason.IO, "cannot read " + shown + ": " + Text.shorten(String.valueOf(
                    e.getMessage()), 200), 0, 0, e);
        }
        return read(bytes);
    }

    private byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            throw new InvoiceReadException(Reason.TOO_LARGE, "the input exceeds the limit of " + limits.maxBytes()
                    + " bytes");
        }
        return bytes;
    }

    /**
     * Wraps a model ({@code io.github.acubepl.model.fa1.Faktura}, {@code fa2.Faktura} or
     * {@code fa3.Faktura}) as a document of its schema version.
     *
     * @param model the invoice model
     * @return the document
     * @throws AcubeMappingException if no plug-in has that model's version
     */
    public InvoiceDocument fromModel(InvoiceModel model) {
        Objects.requireNonNull(model, "model");
        for (InvoiceFormat f : formats) {
            if (f.modelType().isInstance(model)) {
                return f.fromModel(model);
            }
        }
        throw new AcubeMappingException("no plug-in for " + model.schemaVersion() + " models; known: " + known());
    }

    /**
     * Validates a document with this engine's {@link #context()}. To validate with another context
     * (another clock, an official-XSD pass), call {@link InvoiceDocument#validate} with it.
     *
     * @param document the document, as read
     * @return the report
     */
    public ValidationReport validate(InvoiceDocument document) {
        return document.validate(context());
    }

    /**
     * Reads and validates an invoice.
     *
     * @throws InvoiceReadException if the input is not a readable invoice (a bad invoice gives a report)
     */
    public ValidationReport validate(byte[] input) {
        return validate(read(input));
    }

    /**
     * Validates a model.
     *
     * @param model the invoice model of any known version
     * @return the report
     */
    public ValidationReport validateModel(InvoiceModel model) {
        return validate(fromModel(model));
    }

    /**
     * Writes a model as FA XML of its version.
     *
     * @param model the invoice model of any known version
     * @return UTF-8 FA XML
     */
    public byte[] toXml(InvoiceModel model) {
        return fromModel(model).toXml();
    }

    /**
     * Writes a model as A-Cube JSON.
     *
     * @param model the invoice model of any known version
     * @return UTF-8 JSON
     */
    public byte[] toJson(InvoiceModel model) {
        return fromModel(model).toJson();
    }

    /** Reads an invoice and binds it to {@code type}. */
    public <M> M readModel(byte[] input, Class<M> type) {
        return read(input).toModel(type);
    }

    private InvoiceFormat detectJson(JsonNode json) {
        JsonNode header = json.path("Naglowek");
        if (!header.isObject() && json.path("Faktura").isObject()) {
            header = json.path("Faktura").path("Naglowek");
        }
        JsonNode code = header.path("KodFormularza");
        String systemCode = code.isObject() ? text(code.get("kodSystemowy")) : null;
        String variant = text(header.get("WariantFormularza"));
        if (systemCode != null) {
            String normalized = systemCode.strip().replaceAll("\\s+", " ");
            for (InvoiceFormat f : formats) {
                if (f.systemCode().equals(normalized)) {
                    return f;
                }
            }
            throw new InvoiceReadException(Reason.UNKNOWN_FORMAT, "no plug-in for /Naglowek/KodFormularza/kodSystemowy '"
                    + Text.shorten(systemCode) + "'; known: " + known());
        }
        if (variant != null) {
            for (InvoiceFormat f : formats) {
                if (f.variant().equals(variant.strip())) {
                    return f;
                }
            }
            throw new InvoiceReadException(Reason.UNKNOWN_FORMAT,
                    "no plug-in for /Naglowek/WariantFormularza '" + Text.shorten(variant) + "'; known: " + known());
        }
        throw new InvoiceReadException(Reason.UNKNOWN_FORMAT, "cannot tell the schema version of the JSON: "
                + "/Naglowek/KodFormularza/kodSystemowy and /Naglowek/WariantFormularza are both missing; known: "
                + known());
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private String known() {
        List<String> names = new ArrayList<>();
        for (InvoiceFormat f : formats) {
            names.add(f.name() + " (" + f.namespace() + ", kodSystemowy '" + f.systemCode() + "')");
        }
        return String.join(", ", names);
    }

    /** Configures an {@link InvoiceMapper}. */
    public static final class Builder {
        private @Nullable List<InvoiceFormat> formats;
        private ReadLimits limits = ReadLimits.defaults();
        private ValidationContext context = ValidationContext.defaults();

        private Builder() {
        }

        /** Uses exactly these plug-ins instead of those found by {@link ServiceLoader}. */
        public Builder formats(List<InvoiceFormat> formats) {
            this.formats = List.copyOf(formats);
            return this;
        }

        /** Input limits (default {@link ReadLimits#defaults()}). */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * What {@link InvoiceMapper#validate} validates with: the clock for date rules, the optional
         * official-XSD pass, the duplicate registry and the target KSeF environment, all configured
         * on {@link ValidationContext#builder()} (default {@link ValidationContext#defaults()}).
         *
         * <pre>{@code
         * InvoiceMapper mapper = InvoiceMapper.builder()
         *         .context(ValidationContext.builder().clock(clock).schemaDirectory(schemas).build())
         *         .build();
         * }</pre>
         *
         * @param context the context
         * @return this builder
         */
        public Builder context(ValidationContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return a new engine
         */
        public InvoiceMapper build() {
            return new InvoiceMapper(this);
        }
    }
}
