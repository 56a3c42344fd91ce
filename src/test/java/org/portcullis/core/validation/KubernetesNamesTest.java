package org.portcullis.core.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class KubernetesNamesTest {

    static Stream<String> validLabels() {
        return Stream.of("a", "0", "llm-service", "a-b-c", "0abc", "abc0", "a".repeat(63), "x1-y2");
    }

    static Stream<String> invalidLabels() {
        return Stream.of("", "a".repeat(64), "-a", "a-", "-", "Llm", "llm_service", "a.b", " a", "a ", "a,b",
                "ä", "a/b");
    }

    static Stream<String> validSubdomains() {
        return Stream.of("a", "llm-service", "sa.team.example", "a." + "b".repeat(100),
                ("a".repeat(63) + ".").repeat(3) + "a".repeat(61));
    }

    static Stream<String> invalidSubdomains() {
        return Stream.of("", ".a", "a.", "a..b", "A.b", "a_b.c", "-a.b", "a-.b",
                ("a".repeat(63) + ".").repeat(3) + "a".repeat(62));
    }

    static Stream<String> validLabelKeys() {
        return Stream.of("app", "App", "app.kubernetes.io/name", "tier_1", "a.b-c", "x/" + "N".repeat(63), "A9");
    }

    static Stream<String> invalidLabelKeys() {
        return Stream.of("", "/app", "app/", "-app", "app-", "a b", "a,b", "a=b", "Example.com/app", "a/b/c",
                "n".repeat(64), "_app");
    }

    static Stream<String> validLabelValues() {
        return Stream.of("", "llm", "LLM_v1.2", "a-b", "v".repeat(63));
    }

    static Stream<String> invalidLabelValues() {
        return Stream.of("-a", "a-", ".a", "a b", "a,b", "a=b", "v".repeat(64), "a/b");
    }

    @ParameterizedTest
    @MethodSource("validLabels")
    void shouldPassDns1123Label(String name) {
        assertThat(KubernetesNames.isDns1123Label(name)).isTrue();
        assertThat(KubernetesNames.labelProblem(name, "Kubernetes name")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("invalidLabels")
    void shouldFailDns1123Label(String name) {
        assertThat(KubernetesNames.isDns1123Label(name)).isFalse();
        assertThat(KubernetesNames.labelProblem(name, "Kubernetes name")).isPresent();
    }

    @ParameterizedTest
    @MethodSource("validSubdomains")
    void shouldPassDns1123Subdomain(String name) {
        assertThat(KubernetesNames.isDns1123Subdomain(name)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("invalidSubdomains")
    void shouldFailDns1123Subdomain(String name) {
        assertThat(KubernetesNames.isDns1123Subdomain(name)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("validLabelKeys")
    void shouldPassLabelKey(String key) {
        assertThat(KubernetesNames.isLabelKey(key)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("invalidLabelKeys")
    void shouldFailLabelKey(String key) {
        assertThat(KubernetesNames.isLabelKey(key)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("validLabelValues")
    void shouldPassLabelValue(String value) {
        assertThat(KubernetesNames.isLabelValue(value)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("invalidLabelValues")
    void shouldFailLabelValue(String value) {
        assertThat(KubernetesNames.isLabelValue(value)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void tooLongLabelSaysHowLong() {
        assertThat(KubernetesNames.labelProblem("a".repeat(64), "Kubernetes name"))
                .hasValue("is too long for a Kubernetes name: 64 characters, at most 63");
    }
}
