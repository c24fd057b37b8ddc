package io.github.acubepl.it;

import static io.github.acubepl.it.ItFixtures.logins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeAuthenticationException;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /login} through the client: the token's expiry, and refused credentials without a retry loop. */
class LoginTest {
    private static final String WRONG_PASSWORD = "Wr0ng-It-Pa55-4d1e";

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private AcubeSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = ItFixtures.sandbox(clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void loginAnswersTheExpiryOfTheSandboxTokenAndLaterCallsReuseIt() {
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        assertEquals(ItFixtures.START.plus(Duration.ofHours(24)), client.login(), "exp = iat + 86400 on the sandbox clock");
        assertEquals(1, logins(sandbox));
        client.legalEntities().list();
        client.webhooks().list();
        assertEquals(1, logins(sandbox), "the token is reused");
        assertEquals(List.of("200"), ItFixtures.outcomes(sandbox, "POST", "/login"));
    }

    @Test
    void theFirstCallLogsInImplicitly() {
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        assertTrue(client.legalEntities().list().isEmpty());
        assertEquals(1, logins(sandbox));
        assertEquals("POST", sandbox.journal().entries().get(0).method(), "the login comes first");
    }

    @Test
    void aWrongPasswordIsAnAuthenticationExceptionAfterExactlyOneLogin() {
        RecordingSleeper sleeper = new RecordingSleeper();
        AcubeClient client = ItFixtures.client(sandbox, sleeper)
                .credentials(Credentials.of(ItFixtures.EMAIL, WRONG_PASSWORD)).build();

        AcubeAuthenticationException e = assertThrows(AcubeAuthenticationException.class, client::login);
        assertEquals(401, e.status());
        assertEquals(1, logins(sandbox), "no retry loop: " + sandbox.journal().entries());
        assertEquals(List.of("401"), ItFixtures.outcomes(sandbox, "POST", "/login"));
        assertEquals(List.of(), sleeper.waits());
        assertFalse(e.getMessage().contains(WRONG_PASSWORD), e.getMessage());
        assertFalse(e.toString().contains(ItFixtures.EMAIL), "the email is masked: " + e);
    }

    @Test
    void aWrongPasswordOnAResourceCallLogsInOnceAndNeverReachesThePlApi() {
        RecordingSleeper sleeper = new RecordingSleeper();
        AcubeClient client = ItFixtures.client(sandbox, sleeper)
                .credentials(Credentials.of(ItFixtures.EMAIL, WRONG_PASSWORD)).build();

        AcubeAuthenticationException e = assertThrows(AcubeAuthenticationException.class,
                () -> client.legalEntities().list());
        assertEquals(401, e.status());
        assertEquals(1, logins(sandbox));
        assertEquals(1, sandbox.journal().size(), "only the refused login: " + sandbox.journal().entries());
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    void anUnknownAccountIsRefusedLikeAWrongPassword() {
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper())
                .credentials(Credentials.of("nobody@example.com", ItFixtures.PASSWORD)).build();
        assertEquals(401, assertThrows(AcubeAuthenticationException.class, client::login).status());
        assertEquals(1, logins(sandbox));
    }
}
