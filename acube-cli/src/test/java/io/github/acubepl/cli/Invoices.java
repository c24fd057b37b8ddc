package io.github.acubepl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Test inputs: the example invoice with edits, and hand-written broken files. */
final class Invoices {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FA1_NAMESPACE = "http://crd.gov.pl/wzor/2021/11/29/11089/";

    private Invoices() {
    }

    /** The JSON example after {@code edit}, written to {@code file}. */
    static Path editedExample(Path file, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(Cli.example("invoice-fa3.json").toFile());
            edit.accept(root);
            Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON example without {@code Fa/P_15}: structurally invalid (FA-STRUCT-001). */
    static Path withoutP15(Path file) {
        return editedExample(file, root -> ((ObjectNode) root.get("Fa")).remove("P_15"));
    }

    /** The JSON example with a NUL character in {@code P_2}: readable, but impossible to write as XML. */
    static Path withNulInP2(Path file) {
        return editedExample(file, root -> ((ObjectNode) root.get("Fa")).put("P_2", "FV/1\u0000"));
    }

    static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
