package org.portcullis.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommitMessageTest {

    @Test
    void shouldNameEveryRequestWithItsRequesterAndApprovers() {
        String message = CommitMessage.of(List.of(
                new CommitMessage.Request(12, "Let api-gateway call postprocessor", "dave", List.of("alice")),
                new CommitMessage.Request(13, "New workload reranker", "erin", List.of("erin (owner)", "alice", "bob"))),
                List.of());
        assertThat(message).isEqualTo("""
                Portcullis: change requests #12, #13

                #12 Let api-gateway call postprocessor
                    requested by dave; approved by alice

                #13 New workload reranker
                    requested by erin; approved by erin (owner), alice, bob
                """);
    }

    @Test
    void shouldSayWhoAskedForAPushByHand() {
        assertThat(CommitMessage.of(List.of(), List.of("alice"))).isEqualTo("Portcullis: push requested by alice\n");
    }

    @Test
    void shouldSayWhenThePortalAppliedARequestItself() {
        assertThat(CommitMessage.of(List.of(new CommitMessage.Request(1, "Demo inventory", "system", List.of())),
                List.of())).contains("requested by system; applied by the portal itself");
    }
}
