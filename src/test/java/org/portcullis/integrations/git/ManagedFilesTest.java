package org.portcullis.integrations.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManagedFilesTest {

    private static final String OURS = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: llm
              labels: {app.kubernetes.io/managed-by: portcullis}
            """;

    static Stream<Arguments> shouldPass() {
        return Stream.of(
                Arguments.of("one labelled object", OURS),
                Arguments.of("two labelled documents", OURS + "---\n" + OURS),
                Arguments.of("leading separator and empty document", "---\n" + OURS + "---\n"));
    }

    static Stream<Arguments> shouldFail() {
        return Stream.of(
                Arguments.of("no labels", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: x}\n"),
                Arguments.of("another manager", OURS.replace("portcullis", "helm")),
                Arguments.of("one of two documents unlabelled", OURS + "---\nkind: ConfigMap\nmetadata: {name: y}\n"),
                Arguments.of("label only in a comment", "# app.kubernetes.io/managed-by: portcullis\nowner: me\n"),
                Arguments.of("not YAML", "key: [unclosed\n  - : :"),
                Arguments.of("empty file", ""),
                Arguments.of("a scalar", "just text\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldPass(String name, String yaml) {
        assertThat(ManagedFiles.isManaged(yaml.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldFail(String name, String yaml) {
        assertThat(ManagedFiles.isManaged(yaml.getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
