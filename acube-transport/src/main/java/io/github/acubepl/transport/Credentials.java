package io.github.acubepl.transport;

import io.github.acubepl.transport.internal.Redaction;
import java.util.Objects;

/**
 * The email and password of an A-Cube account (the dashboard's credentials). {@link #toString()}
 * masks both; the password is never logged nor put into an exception message.
 */
public final class Credentials {
    private final String email;
    private final String password;

    private Credentials(String email, String password) {
        this.email = email;
        this.password = password;
    }

    /**
     * Credentials for {@code POST /login}.
     *
     * @throws IllegalArgumentException if the email or the password is blank
     */
    public static Credentials of(String email, String password) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        if (email.isBlank()) {
            throw new IllegalArgumentException("the email is blank");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
        return new Credentials(email.strip(), password);
    }

    /** The account's email. */
    public String email() {
        return email;
    }

    /** The password. Handle with care: never log it. */
    public String password() {
        return password;
    }

    /** Equal by email and password. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials c && email.equals(c.email) && password.equals(c.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, password);
    }

    /** The masked email and {@code ***} for the password. */
    @Override
    public String toString() {
        return "Credentials[email=" + Redaction.maskEmail(email) + ", password=***]";
    }
}
