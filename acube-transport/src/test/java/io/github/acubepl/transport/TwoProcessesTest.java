package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.transport.StubServer.Reply;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs (two runs of the CLI, say) sharing a file token store log in once between them. */
class TwoProcessesTest {
    @TempDir
    Path temp;

    @Test
    void twoProcessesSharingAFileStoreLogInOnce() throws Exception {
        try (StubServer stub = new StubServer()) {
            // slow enough that the second JVM asks while the first is still logging in
            stub.route("POST /login", r -> Reply.json(200, "{\"token\":\"" + Fixtures.jwt(
                    Instant.now().plusSeconds(86400), "shared") + "\"}").delayed(1500));
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, "{\"uuid\":\"wh-1\"}"));
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                processes.add(new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                        SecondProcess.class.getName(), stub.uri().toString(), temp.resolve("tokens").toString())
                        .redirectErrorStream(true).redirectOutput(temp.resolve("out-" + i + ".txt").toFile()).start());
            }
            for (int i = 0; i < processes.size(); i++) {
                Process p = processes.get(i);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM did not finish");
                File out = temp.resolve("out-" + i + ".txt").toFile();
                String output = Files.readString(out.toPath(), StandardCharsets.UTF_8);
                assertEquals(0, p.exitValue(), output);
                assertTrue(output.contains("wh-1"), output);
            }
            assertEquals(1, stub.count("POST", "/login"));
            assertEquals(2, stub.count("GET", "/webhooks/wh-1"));
        }
    }
}
