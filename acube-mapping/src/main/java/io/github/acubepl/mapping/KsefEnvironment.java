package io.github.acubepl.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The KSeF 2.0 environments and the FA schema versions each of them accepts (docs/validation-rules.md
 * shows the table): TEST takes FA(2) and FA(3), DEMO and PRODUCTION take FA(3) only, and no
 * environment takes FA(1) any more.
 *
 * <p>This is the one table rule {@code FA-TECH-002} reads (see {@link ValidationContext.Builder#targetEnvironment}):
 * without a target environment, an invoice of a version production refuses draws a warning; with
 * one, a version that environment refuses is an error.
 */
public enum KsefEnvironment {
    /** KSeF's test environment: FA(2) and FA(3). */
    TEST("FA(2)", "FA(3)"),
    /** KSeF's pre-production (demo) environment: FA(3). */
    DEMO("FA(3)"),
    /** KSeF's production environment: FA(3). */
    PRODUCTION("FA(3)");

    private final Set<String> versions;

    KsefEnvironment(String... versions) {
        this.versions = Set.of(versions);
    }

    /**
     * The schema versions this environment accepts, named as {@link InvoiceFormat#name()} names them.
     *
     * @return the versions, such as {@code FA(3)}
     */
    public Set<String> acceptedVersions() {
        return versions;
    }

    /**
     * Whether this environment accepts invoices of a schema version.
     *
     * @param version the version as {@link InvoiceFormat#name()} names it, such as {@code FA(2)}
     * @return whether the environment takes it
     */
    public boolean accepts(String version) {
        return versions.contains(Objects.requireNonNull(version, "version"));
    }

    /**
     * The environments that accept a schema version, in the order of this enum.
     *
     * @param version the version as {@link InvoiceFormat#name()} names it
     * @return the environments; empty for a version no environment takes (FA(1))
     */
    public static List<KsefEnvironment> accepting(String version) {
        List<KsefEnvironment> out = new ArrayList<>();
        for (KsefEnvironment e : values()) {
            if (e.accepts(version)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }
}
