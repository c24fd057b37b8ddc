package io.github.acubepl.transport;

/**
 * The platform refused the credentials ({@code POST /login} answered 401: wrong email or password;
 * never retried), or refused a freshly obtained token as well (a PL call answered 401 twice, with a
 * new login in between). Logging in again will not help; check the credentials and the environment
 * (a token is bound to the environment that issued it).
 */
public final class AcubeAuthenticationException extends AcubeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    AcubeAuthenticationException(String message, String method, String path, int status) {
        super(message, method, path, null);
        this.status = status;
    }

    /** The HTTP status code (401, or the unexpected status of a login answer without a token). */
    public int status() {
        return status;
    }
}
