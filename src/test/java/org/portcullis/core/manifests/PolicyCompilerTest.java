package org.portcullis.core.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.core.model.DataClassification;
import org.portcullis.core.model.MtlsMode;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.Sensitivity;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.WorkloadSpec;

class PolicyCompilerTest {

    @Test
    void shuffledModelCompilesToEqualObjects() {
        PolicyModel model = SeedModels.edgeCases();
        List<K8sObject> expected = PolicyCompiler.compile(model, SeedModels.edgeCaseOptions());
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(PolicyCompiler.compile(SeedModels.shuffled(model, seed), SeedModels.edgeCaseOptions())).isEqualTo(expected);
        }
    }

    static Stream<Arguments> namespaceMtls() {
        return Stream.of(
                Arguments.of("all workloads in a PERMISSIVE zone", List.of(MtlsMode.PERMISSIVE, MtlsMode.PERMISSIVE),
                        "PERMISSIVE"),
                Arguments.of("one workload in a STRICT zone", List.of(MtlsMode.PERMISSIVE, MtlsMode.STRICT), "STRICT"),
                Arguments.of("all STRICT", List.of(MtlsMode.STRICT), "STRICT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void namespaceMtls(String description, List<MtlsMode> zoneModes, String expected) {
        SeedModels.Builder builder = new SeedModels.Builder();
        for (int i = 0; i < zoneModes.size(); i++) {
            builder.zone("z" + i, Sensitivity.LOW, zoneModes.get(i))
                    .workload("w" + i, "ns", "z" + i, DataClassification.INTERNAL, 80, false);
        }
        K8sObject peer = PolicyCompiler.compile(builder.build(), SeedModels.options()).stream()
                .filter(o -> o.kind().equals("PeerAuthentication")).findFirst().orElseThrow();
        assertThat(peer.body()).extracting("spec").extracting("mtls").extracting("mode").isEqualTo(expected);
    }

    @Test
    void workloadInAnUnknownZoneCountsAsStrict() {
        PolicyModel model = new SeedModels.Builder()
                .workload("w", "ns", "nowhere", DataClassification.INTERNAL, 80, false).build();
        K8sObject peer = PolicyCompiler.compile(model, SeedModels.options()).stream()
                .filter(o -> o.kind().equals("PeerAuthentication")).findFirst().orElseThrow();
        assertThat(peer.body()).extracting("spec").extracting("mtls").extracting("mode").isEqualTo("STRICT");
    }

    static Stream<Arguments> shouldFail() {
        SeedModels.Builder unknownSource = new SeedModels.Builder()
                .workload("dest", "ns", "z", DataClassification.INTERNAL, 80, false)
                .permission(new ServicePermissionSpec("ghost", "dest", null, null, null, null, null, false));
        SeedModels.Builder noSelector = new SeedModels.Builder()
                .workload(new WorkloadSpec("bare", "ns", "bare", "z", DataClassification.INTERNAL, "alice", Map.of(),
                        List.of(), true));
        SeedModels.Builder twice = new SeedModels.Builder()
                .workload("w", "ns", "z", DataClassification.INTERNAL, 80, false)
                .workload("w", "other", "z", DataClassification.INTERNAL, 80, false);
        return Stream.of(
                Arguments.of("permission from an unknown workload", unknownSource.build(), SeedModels.options(),
                        "unknown workload ghost"),
                Arguments.of("workload without selector labels", noSelector.build(), SeedModels.options(),
                        "no selector labels"),
                Arguments.of("JWT workload without issuer", SeedModels.aiPipeline(),
                        CompilerOptions.at(SeedModels.NOW), "no issuer"),
                Arguments.of("duplicate workload name", twice.build(), SeedModels.options(), "duplicate workload"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldFail(String description, PolicyModel model, CompilerOptions options, String message) {
        assertThatThrownBy(() -> PolicyCompiler.compile(model, options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    static Stream<Arguments> rolesClaims() {
        return Stream.of(
                Arguments.of("realm_access.roles", "request.auth.claims[realm_access][roles]"),
                Arguments.of("roles", "request.auth.claims[roles]"),
                Arguments.of("resource_access.portal.roles", "request.auth.claims[resource_access][portal][roles]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rolesClaims(String dottedPath, String key) {
        assertThat(SeedModels.options().withRolesClaim(dottedPath).rolesClaimKey()).isEqualTo(key);
    }

    static Stream<Arguments> derivedNames() {
        return Stream.of(
                Arguments.of("short", "-allow", "short-allow"),
                Arguments.of("a".repeat(57), "-allow", "a".repeat(57) + "-allow"),
                Arguments.of("a".repeat(58), "-allow", "a".repeat(48) + "-" + "%s" + "-allow"),
                Arguments.of("a".repeat(47) + "-bcdefghijkl", "-allow", "a".repeat(47) + "-" + "%s" + "-allow"));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource
    void derivedNames(String base, String suffix, String expectedPattern) {
        String name = ObjectNames.fit(base, suffix);
        assertThat(name).hasSizeLessThanOrEqualTo(63)
                .matches(expectedPattern.replace("%s", "[0-9a-f]{8}"))
                .isEqualTo(ObjectNames.fit(base, suffix));
    }

    @Test
    void longNamesThatShareAPrefixStayDistinct() {
        String prefix = "p".repeat(60);
        assertThat(ObjectNames.allow(prefix + "one")).isNotEqualTo(ObjectNames.allow(prefix + "two"));
    }

    @Test
    void objectsAreUnmodifiable() {
        K8sObject object = PolicyCompiler.compile(SeedModels.aiPipeline(), SeedModels.options()).getFirst();
        assertThatThrownBy(() -> object.body().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
