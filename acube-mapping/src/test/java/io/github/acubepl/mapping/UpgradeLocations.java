package io.github.acubepl.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acubepl.mapping.internal.format.Documents;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test oracle: whether a report entry's XPath and JSON Pointer name something in a document. */
final class UpgradeLocations {
    private static final Pattern STEP = Pattern.compile("([^\\[\\]]+)(?:\\[(\\d+)\\])?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private UpgradeLocations() {
    }

    /** Whether {@code xpath} (as the report writes them: /A/B[2]/@c) names an element or attribute of the document. */
    static boolean xpathExists(InvoiceDocument document, String xpath) {
        XmlNode root = Documents.tree(document);
        String[] steps = xpath.substring(1).split("/");
        if (!steps[0].equals(root.name())) {
            return false;
        }
        XmlNode at = root;
        for (int i = 1; i < steps.length; i++) {
            String step = steps[i];
            if (step.startsWith("@")) {
                return i == steps.length - 1 && at.attribute(step.substring(1)) != null;
            }
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                return false;
            }
            List<XmlNode> same = at.children(m.group(1));
            int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) - 1;
            if (index >= same.size()) {
                return false;
            }
            at = same.get(index);
        }
        return true;
    }

    /** Whether {@code pointer} names a value of the document's A-Cube JSON. */
    static boolean pointerExists(InvoiceDocument document, String pointer) {
        try {
            JsonNode json = JSON.readTree(document.toJson());
            return !json.at(pointer).isMissingNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
