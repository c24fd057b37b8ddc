package io.github.acubepl.transport;

import java.net.URI;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link TwoProcessesTest}: one client with a file token store, one call.
 * Arguments: the stub's URL and the token directory.
 */
final class SecondProcess {
    private SecondProcess() {
    }

    public static void main(String[] args) {
        URI stub = URI.create(args[0]);
        AcubeClient client = AcubeClient.builder()
                .environment(Environment.custom(stub, stub))
                .credentials(Credentials.of(Fixtures.EMAIL, Fixtures.PASSWORD))
                .tokenStore(TokenStore.file(Path.of(args[1])))
                .build();
        System.out.println(client.webhooks().get("wh-1").uuid());
    }
}
