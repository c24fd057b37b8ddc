package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.WebhookReceiver;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review of issue 7's work, finding 4: the files a user names besides invoices were read whole. {@code
 * --password-file /dev/zero} ended in a raw OutOfMemoryError and exit 1, and {@code webhook verify} read its
 * --public-key, --headers and --body with Files.readAllBytes. Each is now read through a bounded stream and a
 * larger one is refused with exit 2 and a message that says the limit.
 */
class BoundedInputTest {
    private static final String UUID = "0b9c5a8e-2f4d-4c1e-9a57-3d2b1e0f6a7c";
    private static final String KEY = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=";

    @TempDir
    Path dir;

    /** The API settings of a command that must fail before it sends anything (port 9 of loopback: discard). */
    private Map<String, String> apiEnv() {
        return Map.of("ACUBE_COMMON_URL", "http://127.0.0.1:9", "ACUBE_PL_URL", "http://127.0.0.1:9",
                "ACUBE_EMAIL", "me@example.com", "ACUBE_HOME", dir.toString());
    }

    private Cli.Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AcubeCli.run(new Terminal(out, err, Cli.CLOCK, false, env), args);
        return new Cli.Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private List<String> verify(String key, String headers, String body) {
        return List.of("webhook", "verify", "--public-key", key, "--url", "https://erp.example.com/hook", "--headers",
                headers, "--body", body);
    }

    /**
     * An endless file, given where a small one belongs, in a real process with a small heap (so that a
     * regression ends in an OutOfMemoryError at once, not in a test JVM that eats the machine's memory).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status --password-file", "sandbox --password-file", "verify --public-key",
        "verify --headers", "verify --body"})
    void anEndlessFileIsRefusedWithExit2NotReadIntoMemory(String where) throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero");
        Path key = Files.writeString(dir.resolve("key.pem"), KEY);
        Path headers = Files.writeString(dir.resolve("headers.txt"), "Content-Type: application/json\n");
        Path body = Files.writeString(dir.resolve("body.json"), "{}");
        List<String> args = new ArrayList<>();
        String limit;
        switch (where) {
            case "status --password-file" -> {
                args.addAll(List.of("status", UUID, "--password-file", zero.toString()));
                limit = "--password-file /dev/zero: its first line is longer than 4096 bytes, the limit for a password file";
            }
            case "sandbox --password-file" -> {
                args.addAll(List.of("sandbox", "--password-file", zero.toString()));
                limit = "--password-file /dev/zero: its first line is longer than 4096 bytes";
            }
            case "verify --public-key" -> {
                args.addAll(verify(zero.toString(), headers.toString(), body.toString()));
                limit = "cannot read --public-key /dev/zero: holds more than 16384 bytes, the limit for a public key file";
            }
            case "verify --headers" -> {
                args.addAll(verify(key.toString(), zero.toString(), body.toString()));
                limit = "cannot read --headers /dev/zero: holds more than 65536 bytes, the limit for a header file";
            }
            default -> {
                args.addAll(verify(key.toString(), headers.toString(), zero.toString()));
                limit = "cannot read --body /dev/zero: holds more than " + WebhookReceiver.DEFAULT_MAX_BODY_BYTES
                        + " bytes, the limit for a webhook body";
            }
        }
        ProcessBuilder b = ChildJvm.builder(List.of("-Xmx64m"), AcubeCli.class, args.toArray(String[]::new));
        b.environment().putAll(apiEnv());
        b.environment().remove("ACUBE_PASSWORD");
        b.environment().remove("ACUBE_SANDBOX_PASSWORD");
        b.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        ChildJvm.Finished f = ChildJvm.run(b);
        assertEquals(2, f.exitCode(), f::toString);
        assertTrue(f.stderr().contains("acube: " + limit), f::toString);
        assertFalse(f.stderr().contains("Error") || f.stderr().contains("\tat "), f::toString);
    }

    /** Regular files one byte over each limit: refused, with exit 2, before anything is sent or started. */
    @Test
    void anOversizedFileIsRefusedWithExit2() throws Exception {
        Path password = Files.writeString(dir.resolve("password"), "x".repeat(SmallFiles.MAX_PASSWORD_LINE + 1));
        Cli.Result status = run(apiEnv(), "status", UUID, "--password-file", password.toString());
        assertEquals(2, status.exitCode(), status::toString);
        assertTrue(status.stderr().contains("its first line is longer than 4096 bytes"), status::toString);

        Path key = Files.writeString(dir.resolve("key.pem"), KEY);
        Path headers = Files.writeString(dir.resolve("headers.txt"), "Content-Type: application/json\n");
        Path body = Files.writeString(dir.resolve("body.json"), "{}");
        Path bigKey = Files.writeString(dir.resolve("big.pem"), KEY + " ".repeat(SmallFiles.MAX_KEY));
        Path bigHeaders = Files.writeString(dir.resolve("big.txt"), "Content-Type: application/json\nX-Pad: "
                + "x".repeat(SmallFiles.MAX_HEADERS) + "\n");
        Path bigBody = Files.write(dir.resolve("big.json"), new byte[WebhookReceiver.DEFAULT_MAX_BODY_BYTES + 1]);
        for (List<String> args : List.of(verify(bigKey.toString(), headers.toString(), body.toString()),
                verify(key.toString(), bigHeaders.toString(), body.toString()),
                verify(key.toString(), headers.toString(), bigBody.toString()))) {
            Cli.Result r = run(Map.of(), args.toArray(String[]::new)).assertNoStackTrace();
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.stderr().matches("(?s)acube: cannot read --[a-z-]+ .*: holds more than \\d+ bytes, the limit "
                    + "for .*"), r::toString);
        }
    }

    /** Within the limit the password file works as before: its first line, whatever follows it. */
    @Test
    void aPasswordFileWithALongTailStillGivesItsFirstLine() throws Exception {
        Path password = Files.writeString(dir.resolve("password"), "s3cret\r\n" + "#".repeat(100_000));
        try (FakeApi api = new FakeApi((method, path) -> FakeApi.Answer.json(200, "{\"uuid\": \"" + UUID + "\"}"))) {
            Map<String, String> env = Map.of("ACUBE_COMMON_URL", api.base(), "ACUBE_PL_URL", api.base(),
                    "ACUBE_EMAIL", "me@example.com", "ACUBE_HOME", dir.toString());
            Cli.Result r = run(env, "status", UUID, "--password-file", password.toString()).assertNoStackTrace();
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(List.of("GET /invoices/" + UUID), api.requests);
        }
    }
}
