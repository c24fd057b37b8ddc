package io.github.acubepl.mapping.internal.format;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.internal.xml.SecureDom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;
import java.io.Reader;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * An official KSeF XSD compiled by the JDK's validator: the machinery behind
 * {@link io.github.acubepl.mapping.CompiledSchema} and the optional official-XSD pass
 * ({@link XsdPass}).
 *
 * <p>The schema is compiled once per main file and cached for the life of the JVM, with secure
 * processing on and imports resolved only inside the schema's folder. The files are used as they
 * are on disk with one in-memory change: a {@code maxOccurs} above 10,000 (FA(3)'s 50,000 on
 * {@code DaneFaKorygowanej}) is read as {@code unbounded}, because the JDK's validator either
 * refuses it under secure processing or takes minutes per invoice without the limit. That cap is
 * enforced by our own structural validator instead. Documents are parsed with a
 * hardened parser: no DTD, no external entities. Thread-safe; validations against one schema run
 * one at a time, because the JDK's compiled schema is not safe for concurrent use (it keeps the
 * occurrence counters of large {@code maxOccurs} in the shared content model).
 */
public final class CompiledSchema {
    private static final ConcurrentMap<Path, Schema> CACHE = new ConcurrentHashMap<>();
    /** The JDK's {@code jdk.xml.maxOccurLimit} set for compilation (FA(2) and FA(3) declare 10,000). */
    static final int MAX_OCCURS_LIMIT = 10_000;

    private final Path mainFile;
    private final Schema schema;

    private CompiledSchema(Path mainFile, Schema schema) {
        this.mainFile = mainFile;
        this.schema = schema;
    }

    /**
     * The schema whose main file is {@code mainXsd}; its imports and includes are looked up next to it.
     *
     * @param mainXsd the main schema file
     * @return the compiled schema, from the cache when it was compiled before
     */
    public static CompiledSchema load(Path mainXsd) {
        Path main = mainXsd.toAbsolutePath().normalize();
        return new CompiledSchema(main, CACHE.computeIfAbsent(main, CompiledSchema::compile));
    }

    /**
     * The main schema file.
     *
     * @return its absolute, normalised path
     */
    public Path mainFile() {
        return mainFile;
    }

    /**
     * Validates a document. A document that is not well-formed gives the parser's message.
     *
     * @param xml the document
     * @return the validator's messages (with line and column), empty when the document is valid
     */
    public List<String> errors(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("cannot harden the JDK validator", e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are not verdicts
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(format(e));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                errors.add(format(e));
                throw e;
            }
        });
        Position position = new Position(saxReader());
        try {
            // One validation at a time per compiled schema: the JDK's content models for large maxOccurs
            // keep their occurrence counters in the shared schema (XSDFACM.fElemMapCounter), so concurrent
            // validations report spurious cvc-complex-type.2.4.d.1 errors (seen with JDK 17.0.15).
            synchronized (schema) {
                validator.validate(new SAXSource(position, new InputSource(new ByteArrayInputStream(xml))));
            }
        } catch (SAXParseException e) {
            if (errors.isEmpty()) {
                errors.add(format(e));
            }
        } catch (SAXException e) {
            errors.add(String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MissingResourceException e) {
            // JDK 17's validator lacks some message keys (e.g. cvc-complex-type.2.4.d.1) and throws while
            // reporting an error: the document is invalid all the same.
            errors.add(position.where() + " " + e.getKey() + ": the JDK validator failed while reporting this error "
                    + "(its message is missing from the JDK's resources)");
        }
        return errors;
    }

    private static String format(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
    }

    private static Schema compile(Path main) {
        if (!Files.isRegularFile(main)) {
            throw new AcubeMappingException("no schema file " + main.getFileName() + " in " + main.getParent());
        }
        Path dir = main.getParent();
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        } catch (SAXException e) {
            throw new IllegalStateException("cannot configure the JDK schema factory", e);
        }
        try {
            // FA(2) and FA(3) declare maxOccurs="10000": raise the limit instead of switching security off.
            f.setProperty("jdk.xml.maxOccurLimit", String.valueOf(MAX_OCCURS_LIMIT));
        } catch (SAXException ignored) {
            // an older JDK reads the limit only from the system property of that name
        }
        f.setResourceResolver(new FolderResolver(dir));
        byte[] bytes;
        try {
            bytes = relaxed(Files.readAllBytes(main), main);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + main, e);
        }
        try {
            return f.newSchema(new StreamSource(new ByteArrayInputStream(bytes), main.toUri().toString()));
        } catch (SAXException e) {
            throw new AcubeMappingException("cannot compile " + main + ": " + e.getMessage(), e);
        }
    }

    /**
     * The schema document with every {@code maxOccurs} above {@value #MAX_OCCURS_LIMIT} read as
     * {@code unbounded}; the bytes unchanged when there is none. The JDK expands a counted
     * {@code maxOccurs} into that many states: with secure processing on, FA(3)'s
     * {@code maxOccurs="50000"} on {@code DaneFaKorygowanej} is refused at every limit up to 50,001,
     * and with the limit raised above it, validating one invoice took over 580 s (JDK 17). Unbounded
     * compiles in well under a second; our structural validator enforces the cap itself.
     */
    static byte[] relaxed(byte[] xsd, Path file) {
        Document doc;
        try {
            DocumentBuilder builder = SecureDom.builder(SecureDom.factory());
            doc = builder.parse(new ByteArrayInputStream(xsd), file.toUri().toString());
        } catch (SAXException e) {
            throw new AcubeMappingException("cannot read the schema " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NodeList all = doc.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "*");
        boolean changed = false;
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String max = e.getAttribute("maxOccurs").strip();
            if (max.matches("[0-9]{1,18}") && Long.parseLong(max) > MAX_OCCURS_LIMIT) {
                e.setAttribute("maxOccurs", "unbounded");
                changed = true;
            }
        }
        if (!changed) {
            return xsd;
        }
        try {
            TransformerFactory tf = TransformerFactory.newDefaultInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            ByteArrayOutputStream out = new ByteArrayOutputStream(xsd.length);
            tf.newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the relaxed schema " + file.getFileName(), e);
        }
    }

    /**
     * Runs {@code work} with a new validator handler of this schema (hardened: no external DTDs or
     * schemas), one run at a time per schema, for callers that validate a stream of SAX events
     * rather than bytes. The handler must not be used after {@code work} returns.
     *
     * @param work what to do with the handler
     * @return what {@code work} returns
     */
    public <T> T withValidatorHandler(Function<ValidatorHandler, T> work) {
        Objects.requireNonNull(work, "work");
        ValidatorHandler handler = schema.newValidatorHandler();
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("cannot harden the JDK validator", e);
        }
        synchronized (schema) {
            return work.apply(handler);
        }
    }

    /** A namespace-aware SAX reader that rejects a DOCTYPE and never loads external resources. */
    private static XMLReader saxReader() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = f.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot configure a secure SAX parser", e);
        }
    }

    @Override
    public String toString() {
        return "CompiledSchema[" + mainFile + "]";
    }

    /** Remembers where the parser is, for errors the validator cannot report itself. */
    private static final class Position extends XMLFilterImpl {
        private final Deque<String> elements = new ArrayDeque<>();
        private @Nullable Locator locator;

        Position(XMLReader parent) {
            super(parent);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            elements.addLast(localName);
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            elements.pollLast();
            super.endElement(uri, localName, qName);
        }

        String where() {
            return (locator == null ? "?:?" : locator.getLineNumber() + ":" + locator.getColumnNumber()) + " /"
                    + String.join("/", elements);
        }
    }

    /** Resolves imports and includes to files of one folder, and nothing else. */
    private static final class FolderResolver implements LSResourceResolver {
        private final Path dir;

        FolderResolver(Path dir) {
            this.dir = dir;
        }

        @Override
        public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId,
                String baseUri) {
            if (systemId == null) {
                throw new AcubeMappingException("schema import of " + namespaceUri + " has no schemaLocation");
            }
            String name = systemId;
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
            if (slash >= 0) {
                name = name.substring(slash + 1);
            }
            name = name.replace("%20", " ");
            Path file = dir.resolve(name).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                throw new AcubeMappingException("schema " + systemId + " is not a file in " + dir);
            }
            try {
                return new FileInput(publicId, file.toUri().toString(), relaxed(Files.readAllBytes(file), file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    /** An {@link LSInput} over bytes read from a schema file. */
    private static final class FileInput implements LSInput {
        private final String publicId;
        private final String systemId;
        private final byte[] bytes;

        FileInput(String publicId, String systemId, byte[] bytes) {
            this.publicId = publicId;
            this.systemId = systemId;
            this.bytes = bytes;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InputStream getByteStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBaseURI() {
            return systemId;
        }

        @Override
        public void setBaseURI(String baseUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }
}
