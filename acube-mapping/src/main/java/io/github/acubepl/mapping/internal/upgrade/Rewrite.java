package io.github.acubepl.mapping.internal.upgrade;

import io.github.acubepl.mapping.UpgradeAnswers;
import io.github.acubepl.mapping.UpgradeEntry;
import io.github.acubepl.mapping.UpgradeEntry.AnsweredBy;
import io.github.acubepl.mapping.UpgradeEntry.Kind;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One upgrade step at work: the source tree (never modified), the copy being rewritten into the
 * target version, the map from copied nodes back to their source, and the entries recorded so far.
 */
final class Rewrite {
    /** A recorded entry; its locations are rendered when the rewrite ends, since later changes shift indexes. */
    static final class Change {
        final UpgradeRule rule;
        final XmlNode source;
        final String sourceAttribute;
        XmlNode target;
        String targetAttribute;
        final String messageEn;
        final String messagePl;
        String value;
        final List<String> allowed;
        String answer;
        AnsweredBy answeredBy = AnsweredBy.NONE;
        final Path sourcePath;

        Change(UpgradeRule rule, XmlNode source, String sourceAttribute, XmlNode target, String targetAttribute,
                String messageEn, String messagePl, String value, List<String> allowed, Path sourcePath) {
            this.rule = rule;
            this.source = source;
            this.sourceAttribute = sourceAttribute;
            this.target = target;
            this.targetAttribute = targetAttribute;
            this.messageEn = messageEn;
            this.messagePl = messagePl;
            this.value = value;
            this.allowed = List.copyOf(allowed);
            this.sourcePath = sourcePath;
        }
    }

    private final XmlNode source;
    private final FormSchema sourceSchema;
    private final FormSchema targetSchema;
    private final XmlNode copy;
    private final Map<XmlNode, XmlNode> origin;
    private final Clock clock;
    private final Answering answering;
    private final List<Change> changes = new ArrayList<>();
    private final Locations sourceLocations;
    private Locations targetLocations;

    Rewrite(XmlNode source, FormSchema sourceSchema, FormSchema targetSchema, XmlNode copy,
            Map<XmlNode, XmlNode> origin, Clock clock, Answering answering) {
        this.source = source;
        this.sourceSchema = sourceSchema;
        this.targetSchema = targetSchema;
        this.copy = copy;
        this.origin = new IdentityHashMap<>(origin);
        this.clock = clock;
        this.answering = answering;
        this.sourceLocations = new Locations(sourceSchema);
        this.targetLocations = new Locations(targetSchema);
    }

    /** Tells the rewrite that elements were added to or removed from the target tree (paths shift). */
    void treeChanged() {
        targetLocations = new Locations(targetSchema);
    }

    XmlNode source() {
        return source;
    }

    /** The tree being rewritten (in the target namespace). */
    XmlNode target() {
        return copy;
    }

    FormSchema targetSchema() {
        return targetSchema;
    }

    Clock clock() {
        return clock;
    }

    /** The source node a copied node came from, or {@code null} for a node the rewrite added. */
    XmlNode originOf(XmlNode copied) {
        return origin.get(copied);
    }

    /** A new element in the target namespace. */
    XmlNode element(String name, String text) {
        XmlNode n = new XmlNode(targetSchema.namespace(), name, 0, 0);
        if (text != null) {
            n.appendText(text);
        }
        return n;
    }

    /** Records a mechanical or defaulted change of {@code target} (copied from, or added under, {@code source}). */
    Change record(UpgradeRule rule, XmlNode source, String sourceAttribute, XmlNode target, String targetAttribute,
            String value, String messageEn, String messagePl) {
        Change c = new Change(rule, source, sourceAttribute, target, targetAttribute, messageEn, messagePl, value,
                List.of(), sourceLocations.of(source, sourceAttribute));
        changes.add(c);
        return c;
    }

    /**
     * Records a decision about {@code target} (copied from {@code source}) and resolves it from the
     * answers: the answer, or {@code null} when it stays open. The caller applies the answer and may
     * then move {@link Change#target} and set {@link Change#value}.
     */
    Change decide(UpgradeRule rule, XmlNode source, XmlNode target, List<String> allowed, String messageEn,
            String messagePl) {
        Change c = new Change(rule, source, null, target, null, messageEn, messagePl, null, allowed,
                sourceLocations.of(source, null));
        changes.add(c);
        Path targetPath = targetLocations.of(target, null);
        answering.resolve(c, targetPath, () -> entry(c, targetLocations));
        return c;
    }

    /** The entries, with their locations as the tree stands now. */
    List<UpgradeEntry> entries() {
        Locations now = new Locations(targetSchema);
        List<UpgradeEntry> out = new ArrayList<>(changes.size());
        for (Change c : changes) {
            out.add(entry(c, now));
        }
        return out;
    }

    List<Change> changes() {
        return changes;
    }

    private static UpgradeEntry entry(Change c, Locations targetLocations) {
        Path target = targetLocations.of(c.target, c.targetAttribute);
        return new UpgradeEntry(c.rule.id(), c.rule.kind(), c.sourcePath.jsonPointer(), c.sourcePath.xpath(),
                target.jsonPointer(), target.xpath(), c.messageEn, c.messagePl, c.value, c.allowed, c.answer,
                c.answeredBy);
    }

    /** Finds the answer to each decision and keeps account of the answers used. */
    interface Answering {
        /** Sets {@code c.answer} and {@code c.answeredBy}, or leaves the decision open. */
        void resolve(Change c, Path targetPath, java.util.function.Supplier<UpgradeEntry> question);
    }

    /** The {@link Answering} of an {@link UpgradeAnswers}. */
    static Optional<String> policyAnswer(UpgradeAnswers answers, UpgradeEntry question) {
        return answers.policy().flatMap(p -> p.answer(question));
    }

    static boolean isDecision(Change c) {
        return c.rule.kind() == Kind.NEEDS_DECISION;
    }
}
