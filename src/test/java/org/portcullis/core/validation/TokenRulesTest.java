package org.portcullis.core.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The small predicates for list tokens: methods, paths, ports, verbs, resources, API groups, names, e-mails. */
class TokenRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE"})
    void shouldPassMethod(String method) {
        assertThat(HttpMethods.isValid(method)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "get   | is not in upper case: use upper case, \"GET\"",
            "Post  | is not in upper case: use upper case, \"POST\"",
            "FETCH | is not an HTTP method: use one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, CONNECT, TRACE",
            "'GET '| is not an HTTP method",
            "*     | is not an HTTP method"})
    void shouldFailMethod(String method, String problem) {
        assertThat(HttpMethods.isValid(method)).isFalse();
        assertThat(HttpMethods.problem(method)).hasValueSatisfying(text -> assertThat(text).startsWith(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "/", "/api", "/api/*", "*/v1", "*.json", "/v1/models/llm:predict", "/a-b_c~d",
            "/*", "/api/v1/"})
    void shouldPassPath(String path) {
        assertThat(PathPatterns.isValid(path)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"       | is empty",
            "/a*b       | '*' may appear once, only at the start or the end",
            "**         | '*' may appear once",
            "*a*        | '*' may appear once",
            "/a/*/b     | '*' may appear once, only at the start or the end",
            "api        | must start with '/'",
            "api/*      | must start with '/'",
            "\"/a b\"   | contains a space",
            "\"/a\tb\"  | contains a space",
            "\"/a,/b\"  | contains a comma",
            "/a?x=1     | contains '?'",
            "/a#top     | contains '#'"})
    void shouldFailPath(String path, String problem) {
        assertThat(PathPatterns.isValid(path)).isFalse();
        assertThat(PathPatterns.problem(path)).hasValueSatisfying(text -> assertThat(text).contains(problem));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 80, 8080, 65535})
    void shouldPassPort(int port) {
        assertThat(Ports.isValid(port)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void shouldFailPort(int port) {
        assertThat(Ports.isValid(port)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "use",
            "bind", "escalate", "impersonate", "approve", "sign", "*"})
    void shouldPassVerb(String verb) {
        assertThat(RbacRules.isVerb(verb)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET      | is not in lower case: use lower case, \"get\"",
            "Watch    | is not in lower case: use lower case, \"watch\"",
            "read     | is not a Kubernetes verb: use one of get, list,",
            "''       | is not a Kubernetes verb",
            "get,list | is not a Kubernetes verb"})
    void shouldFailVerb(String verb, String problem) {
        assertThat(RbacRules.isVerb(verb)).isFalse();
        assertThat(RbacRules.verbProblem(verb)).hasValueSatisfying(text -> assertThat(text).startsWith(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "pods", "pods/log", "deployments/scale", "*/scale", "customresourcedefinitions",
            "network-policies", "pods/portforward"})
    void shouldPassResource(String resource) {
        assertThat(RbacRules.isResource(resource)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pods             | is not in lower case: use lower case, \"pods\"",
            "deployments.apps | names a group",
            "''               | is not a resource",
            "pods/            | is not a resource",
            "/log             | is not a resource",
            "pods/log/x       | is not a resource",
            "*/*              | is not a resource",
            "pods/*           | is not a resource",
            "'pods,secrets'   | is not a resource",
            "'pods '          | is not a resource",
            "1pods            | is not a resource"})
    void shouldFailResource(String resource, String problem) {
        assertThat(RbacRules.isResource(resource)).isFalse();
        assertThat(RbacRules.resourceProblem(resource)).hasValueSatisfying(text -> assertThat(text)
                .startsWith(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "apps", "networking.k8s.io", "rbac.authorization.k8s.io", "security.istio.io"})
    void shouldPassApiGroup(String group) {
        assertThat(RbacRules.isApiGroup(group)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "apps/v1      | contains a version",
            "v1           | contains a version",
            "v1beta1      | contains a version",
            "Apps         | is not an API group",
            "'apps,batch' | is not an API group",
            "' '          | is not an API group",
            ".apps        | is not an API group"})
    void shouldFailApiGroup(String group, String problem) {
        assertThat(RbacRules.isApiGroup(group)).isFalse();
        assertThat(RbacRules.apiGroupProblem(group)).hasValueSatisfying(text -> assertThat(text).startsWith(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"llm-config", "my.secret", "Weird_Name-1", "a"})
    void shouldPassResourceName(String name) {
        assertThat(RbacRules.isResourceName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "a,b", "a/b", "a b", ".", "..", "a%2F"})
    void shouldFailResourceName(String name) {
        assertThat(RbacRules.isResourceName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.org", "a.b+tag@sub.example.co", "x@y.z"})
    void shouldPassEmail(String email) {
        assertThat(Emails.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice", "@example.org", "alice@", "alice@example", "alice@@example.org",
            "a@b@example.org", "alice@.example.org", "alice@example.org.", "alice@example..org",
            "alice smith@example.org", " alice@example.org"})
    void shouldFailEmail(String email) {
        assertThat(Emails.isValid(email)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void emailLengthLimitIs254() {
        String local = "a".repeat(64);
        String domain = "b".repeat(254 - 64 - 1 - 4) + ".org";
        assertThat(Emails.isValid(local + "@" + domain)).isTrue();
        assertThat(Emails.isValid(local + "@b" + domain)).isFalse();
    }
}
