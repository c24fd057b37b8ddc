package io.github.acubepl.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The official XSD as an independent oracle for tests: the JDK validator on raw bytes. */
public final class OfficialXsd {
    private static final Map<Path, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OfficialXsd() {
    }

    /** The compiled FA(1) schema. */
    public static Schema fa1() {
        Path main = KsefFiles.fa1Schema().resolve("schemat_FA(1)_v1-0E.xsd");
        return SCHEMAS.computeIfAbsent(main, m -> {
            try {
                SchemaFactory f = SchemaFactory.newDefaultInstance();
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                return f.newSchema(m.toFile());
            } catch (SAXException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The errors the official FA(1) XSD reports for {@code xml} (empty when valid). */
    public static List<String> errorsFa1(byte[] xml) {
        List<String> errors = new ArrayList<>();
        Validator v = fa1().newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    errors.add(e.getMessage());
                    throw e;
                }
            });
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return errors;
    }
}
