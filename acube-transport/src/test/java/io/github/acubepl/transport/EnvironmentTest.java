package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Environments and the rules {@link AcubeClient.Builder#build()} applies. */
class EnvironmentTest {
    private static AcubeClient.Builder builder(String common, String pl) {
        return AcubeClient.builder().credentials(Credentials.of("a@b.pl", "pw"))
                .environment(Environment.custom(URI.create(common), URI.create(pl)));
    }

    @Test
    void theBuiltInEnvironmentsUseA_CubesHostsOverHttps() {
        assertEquals(URI.create("https://common-sandbox.api.acubeapi.com"), Environment.SANDBOX.commonUrl());
        assertEquals(URI.create("https://pl-sandbox.api.acubeapi.com"), Environment.SANDBOX.plUrl());
        assertEquals(URI.create("https://common.api.acubeapi.com"), Environment.PRODUCTION.commonUrl());
        assertEquals(URI.create("https://pl.api.acubeapi.com"), Environment.PRODUCTION.plUrl());
        assertTrue(Environment.SANDBOX.isHttps() && Environment.PRODUCTION.isHttps());
        assertDoesNotThrow(() -> AcubeClient.builder().credentials(Credentials.of("a@b.pl", "pw"))
                .environment(Environment.PRODUCTION).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://127.8.9.10", "http://localhost:1", "http://LOCALHOST",
        "http://[::1]:9000", "http://[0:0:0:0:0:0:0:1]", "https://anything.example.com"})
    void plainHttpIsAllowedForLoopbackHostsOnly(String url) {
        assertDoesNotThrow(() -> builder(url, url).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://pl.api.acubeapi.com", "http://10.0.0.1", "http://128.0.0.1", "http://localhost.evil.com",
        "http://127.0.0.1.nip.io", "http://[::2]", "http://0.0.0.0", "http://192.168.1.10:8080"})
    void plainHttpToAnyOtherHostIsRejectedWithTheReason(String url) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> builder("http://127.0.0.1:1", url).build());
        assertTrue(e.getMessage().contains("plain http is allowed only for loopback hosts"), e.getMessage());
        assertTrue(e.getMessage().contains("in clear"), e.getMessage());
    }

    @Test
    void customUrlsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Environment.custom(URI.create("/relative"), URI.create("https://x")));
        assertThrows(IllegalArgumentException.class, () -> Environment.custom(URI.create("ftp://x"), URI.create("https://x")));
        assertThrows(IllegalArgumentException.class, () -> Environment.custom(URI.create("https://u:p@x"), URI.create("https://x")));
        assertThrows(IllegalArgumentException.class, () -> Environment.custom(URI.create("https://x?q=1"), URI.create("https://x")));
        Environment e = Environment.custom(URI.create("https://x/base/"), URI.create("https://y"));
        assertEquals(URI.create("https://x/base"), e.commonUrl());
        assertEquals(e, Environment.custom(URI.create("https://x/base"), URI.create("https://y/")));
        assertFalse(e.equals(Environment.SANDBOX));
    }

    @Test
    void buildListsEveryProblem() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AcubeClient.builder()
                .requestTimeout(Duration.ZERO).tokenRefreshMargin(Duration.ofHours(13)).build());
        assertTrue(e.getMessage().contains("credentials are required"), e.getMessage());
        assertTrue(e.getMessage().contains("requestTimeout"), e.getMessage());
        assertTrue(e.getMessage().contains("tokenRefreshMargin"), e.getMessage());
    }

    @Test
    void theDefaultHttpClientUsesTls12OrNewerAndNoRedirects() {
        HttpClient http = AcubeClient.defaultHttpClient(Duration.ofSeconds(3));
        assertArrayEquals(new String[] {"TLSv1.3", "TLSv1.2"}, http.sslParameters().getProtocols());
        assertEquals(HttpClient.Redirect.NEVER, http.followRedirects());
        assertEquals(Duration.ofSeconds(3), http.connectTimeout().orElseThrow());
    }

    @Test
    void credentialsNeverShowThePassword() {
        Credentials c = Credentials.of(" jan.kowalski@example.com ", "hunter2");
        assertEquals("jan.kowalski@example.com", c.email());
        assertEquals("Credentials[email=j***@example.com, password=***]", c.toString());
        assertThrows(IllegalArgumentException.class, () -> Credentials.of(" ", "x"));
        assertThrows(IllegalArgumentException.class, () -> Credentials.of("a@b", ""));
        AcubeClient client = AcubeClient.builder().credentials(c).build();
        assertEquals("AcubeClient[SANDBOX, j***@example.com]", client.toString());
    }
}
