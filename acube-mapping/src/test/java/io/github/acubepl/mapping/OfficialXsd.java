package io.github.acubepl.mapping;

import java.util.List;

/** The official XSDs as an independent oracle for tests: the JDK validator on raw bytes. */
public final class OfficialXsd {
    private OfficialXsd() {
    }

    /** The errors the official FA(1) XSD reports for {@code xml} (empty when valid). */
    public static List<String> errorsFa1(byte[] xml) {
        return errors(1, xml);
    }

    /** The errors the official FA({@code version}) XSD reports for {@code xml} (empty when valid). */
    public static List<String> errors(int version, byte[] xml) {
        return OfficialSchema.load(KsefFiles.mainXsd(version)).errors(xml);
    }
}
