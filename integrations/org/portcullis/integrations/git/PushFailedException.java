package org.portcullis.integrations.git;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The bundle could not be pushed: the remote is unreachable, refused the push, or kept moving. The desired state is
 * not lost — the caller keeps it and retries later with backoff. The message never contains credentials.
 */
public class PushFailedException extends RuntimeException {

    PushFailedException(String message) {
        super(message);
    }

    private PushFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A failure caused by {@code cause}. The cause's messages are scrubbed of the given secrets; if any secret occurs
     * anywhere in the cause's stack trace, the cause is not attached at all, so that nothing can leak through logs.
     */
    static PushFailedException because(String message, Throwable cause, List<String> secrets) {
        String full = message + ": " + scrub(describe(cause), secrets);
        return containsAny(stackTrace(cause), secrets)
                ? new PushFailedException(full)
                : new PushFailedException(full, cause);
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    private static String scrub(String text, List<String> secrets) {
        String result = text;
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                result = result.replace(secret, "***");
            }
        }
        return result;
    }

    private static boolean containsAny(String text, List<String> secrets) {
        return secrets.stream().anyMatch(secret -> !secret.isEmpty() && text.contains(secret));
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
