package io.github.acubepl.sandbox;

import java.util.Objects;

/**
 * An account of the simulated platform: the e-mail and password {@code POST /login} accepts. Each
 * user has its own legal entities, webhooks and invoices. {@link #toString()} never shows the
 * password.
 *
 * @param email the login e-mail (also the JWT's {@code username})
 * @param password the password
 */
public record SandboxUser(String email, String password) {
    /** The e-mail of the user a sandbox has when none is configured: {@value}. */
    public static final String DEFAULT_EMAIL = "sandbox@example.com";
    /** The password of the default user: {@value}. It protects nothing: the sandbox listens on loopback only. */
    public static final String DEFAULT_PASSWORD = "sandbox-password";

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the e-mail or the password is blank
     */
    public SandboxUser {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        if (email.isBlank()) {
            throw new IllegalArgumentException("the e-mail of a sandbox user must not be blank");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password of sandbox user " + email + " must not be empty");
        }
    }

    /** The user a sandbox has when none is configured ({@value #DEFAULT_EMAIL} / {@value #DEFAULT_PASSWORD}). */
    public static SandboxUser defaultUser() {
        return new SandboxUser(DEFAULT_EMAIL, DEFAULT_PASSWORD);
    }

    @Override
    public String toString() {
        return "SandboxUser[email=" + email + ", password=***]";
    }
}
