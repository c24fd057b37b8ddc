package io.github.acubepl.mapping.internal.rules;

import java.util.EnumSet;
import java.util.Set;

/** The FA schema versions a business rule can apply to. */
public enum FaVersion {
    FA1("FA(1)"),
    FA2("FA(2)"),
    FA3("FA(3)");

    private final String formatName;

    FaVersion(String formatName) {
        this.formatName = formatName;
    }

    /** The plug-in name, e.g. {@code FA(3)}. */
    public String formatName() {
        return formatName;
    }

    /** Every version. */
    public static Set<FaVersion> all() {
        return EnumSet.allOf(FaVersion.class);
    }

    /** FA(2) and FA(3), whose structures differ only in details. */
    public static Set<FaVersion> fa2AndLater() {
        return EnumSet.of(FA2, FA3);
    }
}
