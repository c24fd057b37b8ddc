package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.InvoiceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the plug-in SPI ({@link InvoiceFormat}) names no Jackson type; a plug-in of another
 * library receives JSON as the bytes it was given, with the limits to parse it within.
 */
class ForeignPluginTest {
    @Test
    void aPluginOutsideTheEngineReceivesJsonAsBytesWithTheLimits() throws IOException {
        InvoiceFormat fa3 = InvoiceMapper.create().format("FA(3)").orElseThrow();
        Recording plugin = new Recording(fa3);
        ReadLimits limits = new ReadLimits(1 << 20, 40);
        InvoiceMapper mapper = InvoiceMapper.builder().formats(List.of(plugin)).limits(limits).build();
        byte[] json = Files.readAllBytes(Path.of("..", "examples", "invoice-fa3.json"));

        InvoiceDocument document = mapper.read(json);

        assertEquals(1, plugin.jsonInputs.size());
        assertArrayEquals(json, plugin.jsonInputs.get(0));
        assertSame(limits, plugin.limits.get(0));
        assertEquals(SourceSyntax.JSON, document.syntax());
        assertTrue(mapper.validate(document).isValid());
    }

    /** A plug-in that is not one of the engine's: it forwards to one and records what it was given. */
    private static final class Recording implements InvoiceFormat {
        private final InvoiceFormat delegate;
        final List<byte[]> jsonInputs = new ArrayList<>();
        final List<ReadLimits> limits = new ArrayList<>();

        Recording(InvoiceFormat delegate) {
            this.delegate = delegate;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public String namespace() {
            return delegate.namespace();
        }

        @Override
        public String systemCode() {
            return delegate.systemCode();
        }

        @Override
        public String variant() {
            return delegate.variant();
        }

        @Override
        public Class<? extends InvoiceModel> modelType() {
            return delegate.modelType();
        }

        @Override
        public List<ValidationRule> rules() {
            return delegate.rules();
        }

        @Override
        public InvoiceDocument readXml(byte[] xml, ReadLimits limits) {
            return delegate.readXml(xml, limits);
        }

        @Override
        public InvoiceDocument readJson(byte[] json, ReadLimits limits) {
            jsonInputs.add(json.clone());
            this.limits.add(limits);
            return delegate.readJson(json, limits);
        }

        @Override
        public InvoiceDocument fromModel(InvoiceModel model) {
            return delegate.fromModel(model);
        }
    }
}
