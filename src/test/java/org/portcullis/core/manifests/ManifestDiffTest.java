package org.portcullis.core.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestDiffTest {

    private static Manifest account(String name, String yaml) {
        return new Manifest("v1", "ServiceAccount", "ml", name, yaml);
    }

    @Test
    void reportsAddedChangedAndRemovedObjectsSortedByPath() {
        List<Manifest> before = List.of(account("b", "kind: A\nx: 1\n"), account("gone", "kind: A\n"),
                account("same", "kind: A\n"));
        List<Manifest> after = List.of(account("same", "kind: A\n"), account("new", "kind: A\n"),
                account("b", "kind: A\nx: 2\n"), account("another", "kind: A\n"));

        ManifestDiff diff = ManifestDiff.between(before, after);

        assertThat(diff.added()).extracting(Manifest::name).containsExactly("another", "new");
        assertThat(diff.removed()).extracting(Manifest::name).containsExactly("gone");
        assertThat(diff.changed()).singleElement().satisfies(change -> assertThat(change.unifiedDiff()).isEqualTo("""
                --- a/ml/serviceaccount-b.yaml
                +++ b/ml/serviceaccount-b.yaml
                @@ -1,2 +1,2 @@
                 kind: A
                -x: 1
                +x: 2
                """));
    }

    @Test
    void equalBundlesGiveAnEmptyDiff() {
        List<Manifest> manifests = List.of(account("a", "kind: A\n"));
        assertThat(ManifestDiff.between(manifests, manifests).isEmpty()).isTrue();
    }

    static Stream<Arguments> unifiedDiffs() {
        return Stream.of(
                Arguments.of("equal", "a\nb\n", "a\nb\n", ""),
                Arguments.of("from nothing", "", "a\nb\n", """
                        --- old
                        +++ new
                        @@ -0,0 +1,2 @@
                        +a
                        +b
                        """),
                Arguments.of("to nothing", "a\n", "", """
                        --- old
                        +++ new
                        @@ -1 +0,0 @@
                        -a
                        """),
                Arguments.of("insert at the start", "b\nc\n", "a\nb\nc\n", """
                        --- old
                        +++ new
                        @@ -1,2 +1,3 @@
                        +a
                         b
                         c
                        """),
                Arguments.of("context is cut to three lines", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n", """
                        --- old
                        +++ new
                        @@ -2,7 +2,7 @@
                         2
                         3
                         4
                        -5
                        +five
                         6
                         7
                         8
                        """),
                Arguments.of("distant changes are separate hunks",
                        "a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n", "A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n", """
                        --- old
                        +++ new
                        @@ -1,4 +1,4 @@
                        -a
                        +A
                         1
                         2
                         3
                        @@ -7,4 +7,4 @@
                         6
                         7
                         8
                        -b
                        +B
                        """),
                Arguments.of("interleaved edits", "a\nb\nc\nd\n", "a\nx\nc\ny\nd\n", """
                        --- old
                        +++ new
                        @@ -1,4 +1,5 @@
                         a
                        -b
                        +x
                         c
                        +y
                         d
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unifiedDiffs(String description, String before, String after, String expected) {
        assertThat(LineDiff.unified(before, after, "old", "new", LineDiff.DEFAULT_CONTEXT)).isEqualTo(expected);
    }

    @Test
    void applyingTheEditScriptGivesBothTexts() {
        List<String> a = List.of("p", "q", "r", "s", "t", "u", "q");
        List<String> b = List.of("q", "x", "s", "t", "q", "u", "v");
        List<LineDiff.Edit> edits = LineDiff.edits(a, b);
        assertThat(edits.stream().filter(e -> e.op() != '+').map(LineDiff.Edit::line).toList()).isEqualTo(a);
        assertThat(edits.stream().filter(e -> e.op() != '-').map(LineDiff.Edit::line).toList()).isEqualTo(b);
        assertThat(edits.stream().filter(e -> e.op() != ' ').count()).as("a shortest edit script").isEqualTo(6);
    }
}
