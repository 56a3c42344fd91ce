package org.portcullis.core.manifests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of the objects the compiler derives from model names. Derived names stay DNS-1123 labels (at most 63
 * characters), a stricter rule than Kubernetes' 253 for object names, because tools and labels often carry them:
 * a name that would be longer keeps its beginning and gets a short hash of the full name, so it stays unique and
 * stable. Names taken verbatim from the model (service accounts, grants) are never changed: the validator reports them.
 */
final class ObjectNames {

    static final int MAX_LENGTH = 63;
    private static final int HASH_LENGTH = 8;

    /** The namespace-wide PeerAuthentication: Istio's convention for a namespace policy. */
    static final String PEER_AUTHENTICATION = "default";
    /** The namespace-wide allow-nothing AuthorizationPolicy. */
    static final String ALLOW_NOTHING = "allow-nothing";

    private ObjectNames() {
    }

    static String allow(String workload) {
        return fit(workload, "-allow");
    }

    static String allowDryRun(String workload) {
        return fit(workload, "-allow-dryrun");
    }

    static String requestAuthentication(String workload) {
        return fit(workload, "-jwt");
    }

    static String requireJwt(String workload) {
        return fit(workload, "-require-jwt");
    }

    /** {@code base + suffix}, or, if that is too long, a prefix of base, a hash of the full name, and suffix. */
    static String fit(String base, String suffix) {
        String full = base + suffix;
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        int keep = MAX_LENGTH - suffix.length() - HASH_LENGTH - 1;
        String prefix = base.substring(0, keep);
        while (prefix.endsWith("-") || prefix.endsWith(".")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix + "-" + hash(full) + suffix;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
