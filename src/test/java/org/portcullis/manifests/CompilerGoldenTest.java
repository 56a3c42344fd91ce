package org.portcullis.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.manifests.CompilerOptions;
import org.portcullis.core.manifests.Manifest;
import org.portcullis.core.manifests.PolicyCompiler;
import org.portcullis.core.manifests.SeedModels;
import org.portcullis.core.model.PolicyModel;

/**
 * Golden files: {@code <case>-in} is the Java fixture in {@link SeedModels}, {@code <case>-out.yaml} the whole bundle.
 * Run with {@code -Dgolden.refresh=true} to rewrite them, then review the diff.
 */
class CompilerGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean REFRESH = Boolean.getBoolean("golden.refresh");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ai-pipeline", SeedModels.aiPipeline(), SeedModels.options()),
                Arguments.of("edge-cases", SeedModels.edgeCases(), SeedModels.edgeCaseOptions()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compilesToGoldenBundle(String name, PolicyModel model, CompilerOptions options) throws IOException {
        List<Manifest> manifests = new ManifestWriter().writeAll(PolicyCompiler.compile(model, options));
        String bundle = ManifestBundle.concatenate(manifests);
        Path golden = GOLDEN.resolve(name + "-out.yaml");
        if (REFRESH) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, bundle, StandardCharsets.UTF_8);
        }
        assertThat(bundle).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyGoldenManifestPassesTheSchemas(String name, PolicyModel model, CompilerOptions options) {
        List<Manifest> manifests = new ManifestWriter().writeAll(PolicyCompiler.compile(model, options));
        assertThat(TestSchemas.validator().validateAll(manifests)).isEmpty();
    }
}
