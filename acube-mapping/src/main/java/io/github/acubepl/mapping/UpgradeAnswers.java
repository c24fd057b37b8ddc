package io.github.acubepl.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.mapping.internal.io.JsonInput;
import io.github.acubepl.mapping.internal.schema.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The caller's answers to the decisions an upgrade needs ({@link UpgradeEntry.Kind#NEEDS_DECISION}):
 * per rule id, optionally per location, and an optional policy for the rest. An answer for a rule at
 * one location wins over an answer for the rule everywhere, which wins over the policy.
 *
 * <pre>{@code
 * UpgradeAnswers answers = UpgradeAnswers.builder()
 *         .answer("UPG-2-3-011", "0 KR")
 *         .answer("UPG-2-3-011", "/Fa/FaWiersz/2/P_12", "0 WDT")
 *         .build();
 * }</pre>
 *
 * <p>An answer that names no decision the invoice needs, or that is not among the decision's allowed
 * answers, is an error of the upgrade: the result is then neither complete nor valid. Immutable.
 */
public final class UpgradeAnswers {
    /** The largest answers file {@link #fromJson} reads. */
    private static final long MAX_JSON_BYTES = 4L << 20;
    private static final UpgradeAnswers NONE = new UpgradeAnswers(new Builder());

    private final Map<String, String> byRule;
    private final Map<String, Map<String, String>> byLocation;
    private final @Nullable Policy policy;

    private UpgradeAnswers(Builder b) {
        this.byRule = Map.copyOf(b.byRule);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        b.byLocation.forEach((rule, answers) -> copy.put(rule, Map.copyOf(answers)));
        this.byLocation = Map.copyOf(copy);
        this.policy = b.policy;
    }

    /**
     * Answers a decision the upgrade asks about: given the open decision (its rule, locations and
     * {@link UpgradeEntry#allowedAnswers()}), returns one of the allowed answers, or empty to leave it
     * open.
     */
    @FunctionalInterface
    public interface Policy {
        /**
         * The answer to {@code question}.
         *
         * @param question the open decision
         * @return an allowed answer, or empty to leave the decision open
         */
        Optional<String> answer(UpgradeEntry question);
    }

    /** No answers: every decision stays open. */
    public static UpgradeAnswers none() {
        return NONE;
    }

    /** Starts a set of answers. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads answers from JSON: an object whose keys are rule ids and whose values are either the
     * answer for the rule everywhere, or an object mapping locations (the JSON Pointer or the XPath of
     * the decision's source or target, as the report gives them; {@code *} for everywhere) to answers.
     *
     * <pre>{@code
     * byte[] json = "{\"UPG-2-3-011\": \"0 KR\", \"UPG-2-3-021\": {\"/Fa/Platnosc/TerminPlatnosci/0/TerminOpis\": \"drop\"}}"
     *         .getBytes(StandardCharsets.UTF_8);
     * UpgradeAnswers answers = UpgradeAnswers.fromJson(json);
     * }</pre>
     *
     * @param json UTF-8 JSON
     * @return the answers
     * @throws AcubeMappingException if the JSON is malformed or not of that shape
     */
    public static UpgradeAnswers fromJson(byte[] json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JsonInput.parse(json, new ReadLimits(MAX_JSON_BYTES, 8));
        } catch (InvoiceReadException e) {
            throw new AcubeMappingException("the answers are not readable JSON: " + e.getMessage(), e);
        }
        if (!root.isObject()) {
            throw new AcubeMappingException("the answers must be a JSON object of rule ids");
        }
        Builder b = builder();
        for (Map.Entry<String, JsonNode> rule : root.properties()) {
            JsonNode value = rule.getValue();
            if (value.isTextual()) {
                b.answer(rule.getKey(), value.asText());
            } else if (value.isObject()) {
                for (Map.Entry<String, JsonNode> location : value.properties()) {
                    if (!location.getValue().isTextual()) {
                        throw new AcubeMappingException("the answer for " + Text.shorten(rule.getKey()) + " at "
                                + Text.shorten(location.getKey()) + " must be a string");
                    }
                    if (location.getKey().equals("*")) {
                        b.answer(rule.getKey(), location.getValue().asText());
                    } else {
                        b.answer(rule.getKey(), location.getKey(), location.getValue().asText());
                    }
                }
            } else {
                throw new AcubeMappingException("the answer for " + Text.shorten(rule.getKey())
                        + " must be a string or an object of locations");
            }
        }
        return b.build();
    }

    /** The answers for a rule everywhere, keyed by rule id. */
    public Map<String, String> ruleAnswers() {
        return byRule;
    }

    /** The answers for a rule at one location, keyed by rule id, then location. */
    public Map<String, Map<String, String>> locationAnswers() {
        return byLocation;
    }

    /** The policy for decisions no explicit answer resolves, if any. */
    public Optional<Policy> policy() {
        return Optional.ofNullable(policy);
    }

    @Override
    public String toString() {
        int located = 0;
        for (Map<String, String> m : byLocation.values()) {
            located += m.size();
        }
        return "UpgradeAnswers[" + byRule.size() + " per rule, " + located + " per location"
                + (policy == null ? "" : ", a policy") + "]";
    }

    /** Collects answers. */
    public static final class Builder {
        private final Map<String, String> byRule = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> byLocation = new LinkedHashMap<>();
        private @Nullable Policy policy;

        private Builder() {
        }

        /**
         * Answers every decision of rule {@code ruleId}.
         *
         * @param ruleId e.g. {@code UPG-2-3-011}
         * @param answer one of the rule's allowed answers, e.g. {@code 0 KR}
         * @return this builder
         */
        public Builder answer(String ruleId, String answer) {
            byRule.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        /**
         * Answers the decision of rule {@code ruleId} at one location.
         *
         * @param ruleId e.g. {@code UPG-2-3-011}
         * @param location the JSON Pointer or XPath of the decision's source or target, as the report gives it
         * @param answer one of the decision's allowed answers
         * @return this builder
         */
        public Builder answer(String ruleId, String location, String answer) {
            byLocation.computeIfAbsent(Objects.requireNonNull(ruleId, "ruleId"), k -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(location, "location"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        /**
         * Answers what the explicit answers leave open.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The answers. */
        public UpgradeAnswers build() {
            return new UpgradeAnswers(this);
        }
    }
}
