package io.github.acubepl.cli;

import io.github.acubepl.mapping.InvoiceFormat;
import io.github.acubepl.mapping.InvoiceMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code acube --version}: our version (from the build), the invoice formats found, the Java runtime. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        List<String> names = new ArrayList<>();
        for (InvoiceFormat f : InvoiceMapper.create().formats()) {
            names.add(f.name());
        }
        return new String[] {
            "acube " + version(),
            "invoice formats: " + String.join(", ", names),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }

    /** The project version written into {@code version.properties} by the build. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return p.getProperty("version", "unknown");
    }
}
