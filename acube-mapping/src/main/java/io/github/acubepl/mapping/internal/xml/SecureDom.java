package io.github.acubepl.mapping.internal.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The one hardened set-up of the JDK's DOM parser: secure processing on, no DOCTYPE, no external
 * entities, DTDs or schemas, no XInclude, entity references not expanded. The schema reader
 * ({@code internal/format/CompiledSchema}), acube-render's invoice reader and acube-testkit's XML
 * helpers use it (module-info.java exports this package to those two modules only).
 */
public final class SecureDom {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureDom() {
    }

    /**
     * A namespace-aware factory that rejects a DOCTYPE and never loads external resources. It keeps
     * comments and CDATA sections; callers may change those two settings, never the others.
     */
    public static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setCoalescing(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot configure a secure DOM parser", e);
        }
    }

    /** A builder of {@code factory} whose errors are thrown (warnings ignored), never printed to standard error. */
    public static DocumentBuilder builder(DocumentBuilderFactory factory) {
        try {
            DocumentBuilder b = factory.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // not a verdict
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot configure a secure DOM parser", e);
        }
    }
}
