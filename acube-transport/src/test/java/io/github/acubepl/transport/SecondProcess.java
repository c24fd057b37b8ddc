package io.github.acubepl.transport;

import io.github.acubepl.transport.internal.Log;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Run in a separate JVM by {@link TwoProcessesTest}: one client with a file token store, one call.
 * Arguments: the stub's URL and the token directory. The client's log goes to standard error at
 * every level, so that the test can see when this JVM waits for the other one's lock.
 */
final class SecondProcess {
    private SecondProcess() {
    }

    public static void main(String[] args) {
        Logger logger = Logger.getLogger(Log.NAME);
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(console);
        URI stub = URI.create(args[0]);
        AcubeClient client = AcubeClient.builder()
                .environment(Environment.custom(stub, stub))
                .credentials(Credentials.of(Fixtures.EMAIL, Fixtures.PASSWORD))
                .tokenStore(TokenStore.file(Path.of(args[1])))
                .build();
        System.out.println(client.webhooks().get("wh-1").uuid());
    }
}
