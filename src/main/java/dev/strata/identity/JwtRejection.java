package dev.strata.identity;

/**
 * A request whose credentials are refused, with the HTTP status and the message PostGraphile 4 answers for the
 * same case ({@code 403 invalid signature}, {@code 401 jwt expired}, {@code 400} for a malformed header, ...).
 * The message is safe to show to the client: it never contains the token or a key.
 */
public final class JwtRejection extends RuntimeException {

    private final int status;

    public JwtRejection(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** 403: the token is not trustworthy (PostGraphile 4's answer for every failure but expiry). */
    static JwtRejection forbidden(String message) {
        return new JwtRejection(403, message);
    }

    public int status() {
        return status;
    }
}
