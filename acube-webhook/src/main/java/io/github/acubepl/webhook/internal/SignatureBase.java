package io.github.acubepl.webhook.internal;

import static io.github.acubepl.webhook.WebhookVerificationException.Reason.DUPLICATE_HEADER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.MALFORMED_HEADER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.MISSING_HEADER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.UNSUPPORTED_COMPONENT;

import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.WebhookVerificationException;
import java.util.List;
import java.util.Set;

/**
 * The RFC 9421 §2.5 signature base, shared by the verifier and the signer: one line
 * {@code "<id>": <value>} per covered component in the given order, then
 * {@code "@signature-params": <inner list>}; lines joined by LF, no trailing LF, ASCII only.
 */
public final class SignatureBase {
    /** The derived components this implementation evaluates. */
    public static final Set<String> DERIVED = Set.of("@method", "@authority", "@target-uri", "@path", "@query");
    /** Fields that must not have more than one line. */
    private static final Set<String> SINGLE_LINE = Set.of("date");

    private SignatureBase() {
    }

    /**
     * Builds the base for {@code components} (already checked: lowercase strings without
     * parameters, no duplicates) and the serialized {@code signatureParams}.
     */
    public static String build(List<String> components, String signatureParams, String method, TargetUri target,
            WebhookHeaders headers) {
        StringBuilder base = new StringBuilder();
        for (String id : components) {
            String value = value(id, method, target, headers);
            checkAscii(id, value);
            base.append('"').append(id).append("\": ").append(value).append('\n');
        }
        checkAscii("@signature-params", signatureParams);
        base.append("\"@signature-params\": ").append(signatureParams);
        return base.toString();
    }

    private static String value(String id, String method, TargetUri target, WebhookHeaders headers) {
        switch (id) {
            case "@method":
                return method;
            case "@authority":
                return target.authority();
            case "@target-uri":
                return target.targetUri();
            case "@path":
                return target.path();
            case "@query":
                return target.queryComponent();
            default:
                break;
        }
        if (id.startsWith("@")) {
            throw new WebhookVerificationException(UNSUPPORTED_COMPONENT,
                    "derived component \"" + id + "\" is not supported (supported: " + String.join(", ", DERIVED) + ")");
        }
        List<String> lines = headers.all(id);
        if (lines.isEmpty()) {
            throw new WebhookVerificationException(MISSING_HEADER, "covered header \"" + id + "\" is absent");
        }
        if (lines.size() > 1 && SINGLE_LINE.contains(id)) {
            throw new WebhookVerificationException(DUPLICATE_HEADER,
                    "covered header \"" + id + "\" appears " + lines.size() + " times");
        }
        return headers.get(id).orElseThrow();
    }

    private static void checkAscii(String id, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                throw new WebhookVerificationException(MALFORMED_HEADER,
                        "the value of \"" + id + "\" holds a non-ASCII or control character (position " + i + ")");
            }
        }
    }
}
