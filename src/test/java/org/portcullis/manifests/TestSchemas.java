package org.portcullis.manifests;

/** One validator for all tests of a run: the schemas are big, loading them once is enough. */
public final class TestSchemas {

    private static ManifestValidator validator;

    private TestSchemas() {
    }

    public static synchronized ManifestValidator validator() {
        if (validator == null) {
            validator = ManifestValidator.fromSystemProperty();
        }
        return validator;
    }
}
