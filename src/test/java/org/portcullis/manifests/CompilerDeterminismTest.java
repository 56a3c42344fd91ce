package org.portcullis.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.portcullis.core.manifests.PolicyCompiler;
import org.portcullis.core.manifests.SeedModels;
import org.portcullis.core.model.PolicyModel;

class CompilerDeterminismTest {

    @Test
    void shuffledModelGivesIdenticalBytes() {
        ManifestWriter writer = new ManifestWriter();
        for (PolicyModel model : new PolicyModel[]{SeedModels.aiPipeline(), SeedModels.edgeCases()}) {
            String expected = ManifestBundle.concatenate(writer.writeAll(
                    PolicyCompiler.compile(model, SeedModels.edgeCaseOptions())));
            for (long seed = 1; seed <= 5; seed++) {
                String actual = ManifestBundle.concatenate(writer.writeAll(
                        PolicyCompiler.compile(SeedModels.shuffled(model, seed), SeedModels.edgeCaseOptions())));
                assertThat(actual).isEqualTo(expected);
            }
        }
    }
}
