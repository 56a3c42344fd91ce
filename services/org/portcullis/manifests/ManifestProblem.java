package org.portcullis.manifests;

/**
 * Why one object may not leave the portal.
 *
 * @param objectKey {@code kind/namespace/name}, as {@link org.portcullis.core.manifests.Manifest#key()}
 * @param path      where in the object, as a JSON path ({@code $.spec.rules[0].from[0].source})
 */
public record ManifestProblem(String objectKey, String path, String message) {

    @Override
    public String toString() {
        return objectKey + " " + path + ": " + message;
    }
}
