package org.portcullis.manifests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.portcullis.core.manifests.Manifest;

/**
 * A set of manifests as one artefact: a zip or one multi-document YAML text. Both are deterministic: entries sorted by
 * {@link Manifest#path()}, every zip entry with the same fixed DOS time (no extended timestamps, no time zone).
 */
public final class ManifestBundle {

    /**
     * A fixed DOS time. Not 1980-01-01 (the earliest DOS time): in time zones east of UTC that instant lies before
     * 1980, and the JDK then adds an extended timestamp field that depends on the zone.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ManifestBundle() {
    }

    /** Writes the zip and finishes it; the stream itself is left open. */
    public static void zip(List<Manifest> manifests, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Manifest manifest : sorted(manifests)) {
            ZipEntry entry = new ZipEntry(manifest.path());
            entry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(entry);
            zip.write(manifest.yaml().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    /** All manifests as one YAML stream, documents separated by {@code ---}. */
    public static String concatenate(List<Manifest> manifests) {
        StringBuilder out = new StringBuilder();
        for (Manifest manifest : sorted(manifests)) {
            if (!out.isEmpty()) {
                out.append("---\n");
            }
            out.append(manifest.yaml());
        }
        return out.toString();
    }

    static List<Manifest> sorted(List<Manifest> manifests) {
        return manifests.stream().sorted(Comparator.comparing(Manifest::path)).toList();
    }
}
