package io.github.acubepl.mapping.internal.upgrade;

import java.util.List;

/** One version step of an upgrade, e.g. FA(2) → FA(3); steps chain (FA(1) → FA(2) → FA(3)). */
interface UpgradeStep {
    /** The version upgraded from, e.g. {@code FA(2)}. */
    String from();

    /** The version upgraded to, e.g. {@code FA(3)}. */
    String to();

    /** The namespace of {@link #from()}. */
    String fromNamespace();

    /** The namespace of {@link #to()}. */
    String toNamespace();

    /** The URL of the official schema of {@link #from()}, as an xsi:schemaLocation may name it. */
    String fromSchemaUrl();

    /** The URL of the official schema of {@link #to()}. */
    String toSchemaUrl();

    /** The rules this step applies (rows of {@link UpgradeRules}). */
    List<UpgradeRule> rules();

    /** The rule recorded for the change of namespace, done by the engine when it copies the tree. */
    UpgradeRule namespaceRule();

    /** Rewrites {@link Rewrite#target()}, a copy of the source already in {@link #toNamespace()}. */
    void apply(Rewrite rw);
}
