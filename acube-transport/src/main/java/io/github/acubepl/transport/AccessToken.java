package io.github.acubepl.transport;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A JWT issued by {@code POST /login} and the expiry read from its payload. {@link #toString()}
 * never shows the token. This is what a {@link TokenStore} keeps.
 *
 * @param value the JWT
 * @param expiresAt the JWT's {@code exp}
 */
public record AccessToken(String value, Instant expiresAt) {
    /** Checks the components. */
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the token is blank");
        }
    }

    /**
     * Whether the token may still be used at {@code now}: more than {@code margin} is left before
     * it expires (a token is renewed when {@code now + margin >= exp}).
     */
    public boolean isUsableAt(Instant now, Duration margin) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(margin, "margin");
        return now.plus(margin).isBefore(expiresAt);
    }

    /** The expiry only; the token is shown as {@code ***}. */
    @Override
    public String toString() {
        return "AccessToken[value=***, expiresAt=" + expiresAt + "]";
    }
}
