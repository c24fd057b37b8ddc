package io.github.acubepl.mapping.internal.format;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.internal.schema.ComplexType;
import io.github.acubepl.mapping.internal.schema.ElementDecl;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import io.github.acubepl.mapping.internal.validation.Issues;
import io.github.acubepl.mapping.internal.validation.StructureRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The optional pass with the official XSD files: compiles the schema set found in a folder (once;
 * cached) with secure processing on, imports resolved only inside that folder, and validates the
 * document tree through SAX events, reporting each error at the element being validated.
 */
public final class XsdPass {
    private static final ConcurrentMap<java.nio.file.Path, Schema> CACHE = new ConcurrentHashMap<>();

    private XsdPass() {
    }

    /** The compiled schema for {@code mainFile} in {@code directory}. */
    public static Schema schema(java.nio.file.Path directory, String mainFile) {
        java.nio.file.Path dir = directory.toAbsolutePath().normalize();
        java.nio.file.Path main = dir.resolve(mainFile);
        return CACHE.computeIfAbsent(main, m -> compile(dir, m));
    }

    private static Schema compile(java.nio.file.Path dir, java.nio.file.Path main) {
        if (!Files.isRegularFile(main)) {
            throw new AcubeMappingException("no schema file " + main.getFileName() + " in " + dir);
        }
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            // FA(2) and FA(3) declare maxOccurs up to 10000; raise the limit rather than turn security off.
            setIfSupported(f, "jdk.xml.maxOccurLimit", "10000");
        } catch (SAXException e) {
            throw new AcubeMappingException("cannot configure the XSD validator: " + e.getMessage(), e);
        }
        f.setResourceResolver(new DirectoryResolver(dir));
        try (InputStream in = Files.newInputStream(main)) {
            return f.newSchema(new StreamSource(in, main.toUri().toString()));
        } catch (IOException | SAXException e) {
            throw new AcubeMappingException("cannot compile the schema " + main + ": " + e.getMessage(), e);
        }
    }

    private static void setIfSupported(SchemaFactory f, String property, String value) {
        try {
            f.setProperty(property, value);
        } catch (SAXException notSupported) {
            // Older JDKs only read this limit from the system property of the same name.
        }
    }

    /** Validates the tree with the official schema; each error becomes an FA-XSD-001 issue. */
    public static void validate(XmlNode root, FormSchema formSchema, java.nio.file.Path directory, String mainFile,
            Issues issues) {
        Schema schema = schema(directory, mainFile);
        ValidatorHandler handler = schema.newValidatorHandler();
        Path[] current = {Path.root(root.name())};
        XmlNode[] currentNode = {root};
        handler.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings of the JDK validator are not verdicts
            }

            @Override
            public void error(SAXParseException e) {
                add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                add(e);
            }

            private void add(SAXParseException e) {
                String m = e.getMessage() == null ? "rejected" : e.getMessage();
                issues.add(StructureRules.XSD, current[0], "official XSD: " + m,
                        "oficjalny schemat XSD odrzuca dokument: " + m, currentNode[0]);
            }
        });
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException ignored) {
            // not supported by this validator: schema hints are then ignored by the pool-only grammar
        }
        // The JDK keeps counters for large maxOccurs inside the compiled grammar, so validations
        // against one Schema must not run at the same time.
        synchronized (schema) {
            try {
                handler.startDocument();
                feed(root, formSchema.root(), current[0], handler, current, currentNode);
                handler.endDocument();
            } catch (SAXException stopped) {
                // a fatal error has already been reported
            } catch (RuntimeException e) {
                // The JDK's validator may fail while formatting its own message (e.g. a resource key
                // missing from JDK 17's bundles); the document is invalid all the same.
                issues.add(StructureRules.XSD, current[0],
                        "official XSD: rejected at this element (the JDK validator failed to describe why: "
                                + e.getClass().getSimpleName() + " " + e.getMessage() + ")",
                        "oficjalny schemat XSD odrzuca dokument w tym elemencie (walidator JDK nie opisał "
                                + "przyczyny: " + e.getClass().getSimpleName() + " " + e.getMessage() + ")",
                        currentNode[0]);
            }
        }
    }

    private static void feed(XmlNode node, ElementDecl decl, Path path, ValidatorHandler handler, Path[] current,
            XmlNode[] currentNode) throws SAXException {
        AttributesImpl attributes = new AttributesImpl();
        for (XmlNode.Attribute a : node.attributes()) {
            String qname = a.namespace().isEmpty() ? a.name() : "a:" + a.name();
            attributes.addAttribute(a.namespace(), a.name(), qname, "CDATA", a.value());
        }
        current[0] = path;
        currentNode[0] = node;
        for (XmlNode.Attribute d : node.namespaceDeclarations()) {
            handler.startPrefixMapping(d.name(), d.value());
        }
        handler.startElement(node.namespace(), node.name(), node.name(), attributes);
        String text = node.text();
        if (!text.isEmpty()) {
            handler.characters(text.toCharArray(), 0, text.length());
        }
        ComplexType type = decl == null ? null : decl.complexType();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (XmlNode c : node.children()) {
            counts.merge(c.name(), 1, Integer::sum);
        }
        for (XmlNode child : node.children()) {
            ElementDecl childDecl = type == null ? null : type.element(child.name());
            int index = seen.merge(child.name(), 1, Integer::sum) - 1;
            boolean repeatable = childDecl != null && childDecl.repeatable();
            feed(child, childDecl, path.child(child.name(), index, repeatable, counts.get(child.name()) > 1), handler,
                    current, currentNode);
        }
        current[0] = path;
        currentNode[0] = node;
        handler.endElement(node.namespace(), node.name(), node.name());
        for (XmlNode.Attribute d : node.namespaceDeclarations()) {
            handler.endPrefixMapping(d.name());
        }
    }

    /** Resolves schema imports and includes to files inside one folder, and nothing else. */
    private static final class DirectoryResolver implements LSResourceResolver {
        private final java.nio.file.Path dir;

        DirectoryResolver(java.nio.file.Path dir) {
            this.dir = dir;
        }

        @Override
        public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId,
                String baseUri) {
            if (systemId == null) {
                throw new AcubeMappingException("schema import of " + namespaceUri + " has no schemaLocation");
            }
            String name = systemId;
            try {
                URI uri = URI.create(systemId.replace(" ", "%20"));
                if (uri.getPath() != null) {
                    name = java.nio.file.Path.of(uri.getPath()).getFileName().toString();
                }
            } catch (IllegalArgumentException e) {
                name = java.nio.file.Path.of(systemId).getFileName().toString();
            }
            java.nio.file.Path file = dir.resolve(name).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                throw new AcubeMappingException("schema " + systemId + " is not a file in " + dir);
            }
            try {
                return new FileInput(publicId, file.toUri().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new AcubeMappingException("cannot read schema " + file + ": " + e.getMessage(), e);
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
