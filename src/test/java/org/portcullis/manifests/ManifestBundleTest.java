package org.portcullis.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.core.manifests.PolicyCompiler;
import org.portcullis.core.manifests.SeedModels;

class ManifestBundleTest {

    private final List<Manifest> manifests =
            new ManifestWriter().writeAll(PolicyCompiler.compile(SeedModels.aiPipeline(), SeedModels.options()));

    @Test
    void zipIsTheSameBytesWhateverTheOrderAndTimeZone() throws IOException {
        byte[] first = zip(manifests);
        List<Manifest> shuffled = new ArrayList<>(manifests);
        Collections.shuffle(shuffled, new Random(7));
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            assertThat(zip(shuffled)).isEqualTo(first);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void zipHoldsEveryManifestAtItsPathInPathOrder() throws IOException {
        List<String> paths = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zip(manifests)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                paths.add(entry.getName());
                String yaml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(manifests).anySatisfy(m -> {
                    assertThat(m.path()).isEqualTo(entryName(m));
                    assertThat(m.yaml()).isEqualTo(yaml);
                });
                assertThat(entry.getTimeLocal()).isEqualTo(ManifestBundle.ENTRY_TIME);
            }
        }
        assertThat(paths).isSorted().hasSameSizeAs(manifests)
                .containsExactlyInAnyOrderElementsOf(manifests.stream().map(Manifest::path).toList());
    }

    @Test
    void writingTwiceGivesTheSameYaml() {
        assertThat(ManifestBundle.concatenate(new ManifestWriter().writeAll(
                PolicyCompiler.compile(SeedModels.aiPipeline(), SeedModels.options()))))
                .isEqualTo(ManifestBundle.concatenate(manifests));
    }

    private static String entryName(Manifest manifest) {
        return manifest.path();
    }

    private static byte[] zip(List<Manifest> manifests) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManifestBundle.zip(manifests, out);
        return out.toByteArray();
    }
}
