package io.github.acubepl.mapping;

import java.util.List;

/** The official FA(1) XSD as an independent oracle for tests: the JDK validator on raw bytes. */
public final class OfficialXsd {
    private OfficialXsd() {
    }

    /** The errors the official FA(1) XSD reports for {@code xml} (empty when valid). */
    public static List<String> errorsFa1(byte[] xml) {
        return OfficialSchema.load(KsefFiles.fa1Schema().resolve("schemat_FA(1)_v1-0E.xsd")).errors(xml);
    }
}
