package org.portcullis.browser;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.browser.pages.PushPage;
import org.portcullis.integrations.testing.GitCli;
import org.portcullis.testing.Browser;
import org.portcullis.testing.PortalServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GitOps end to end, on a portal of its own whose remote does not exist at first: approvals are queued and retried
 * while the remote is down, and delivered — with the requests and approvers in the commit message — once it is up,
 * without any new approval.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PushIT {

    private static final String FOLDER = "clusters/portcullis";
    private static PortalServer portal;
    private static GitCli git;
    private static Path remote;

    @BeforeAll
    static void startPortalWithMissingRemote() throws Exception {
        var dir = Files.createTempDirectory(Path.of("target"), "push-it-").toAbsolutePath();
        git = new GitCli(Files.createDirectories(dir.resolve("home")));
        remote = dir.resolve("remote.git");
        portal = PortalServer.start(Map.of(
                "PORTCULLIS_GIT_REMOTE", remote.toString(),
                "PORTCULLIS_GIT_WORKDIR", dir.resolve("workdir").toString(),
                "PORTCULLIS_GIT_AUTHOR_NAME", "Portcullis IT",
                "PORTCULLIS_PUSH_POLL_SECONDS", "1",
                "PORTCULLIS_PUSH_FIRST_RETRY_SECONDS", "1",
                "PORTCULLIS_PUSH_MAX_RETRY_SECONDS", "3"));
        Browser.configure(portal.url());
    }

    @AfterAll
    static void stopPortal() {
        Selenide.closeWebDriver();
        if (portal != null) {
            portal.stop();
        }
    }

    @Test
    @Order(1)
    void approvedPermissionIsRetriedWhileTheRemoteIsDownAndCommittedOnceItIsUp() {
        var request = LoginPage.open().signInAs("dave").catalogue().permissionForm()
                .choose("permission-source", "api-gateway")
                .choose("permission-destination", "postprocessor")
                .type("permission-methods", "POST")
                .type("permission-paths", "/v1/format")
                .type("permission-ports", "8080")
                .justify("Gateway formats cached answers")
                .submit();
        long id = request.id();
        LoginPage.open().signInAs("alice").request(id).approve("fine").shouldBeIn("applied");

        var push = PushPage.open();
        push.gitTarget().shouldHave(Condition.text(remote.toString()), Condition.text("branch main"));
        push.runCells().findBy(Condition.exactText("failed")).shouldBe(Condition.visible);
        push.queueCells().findBy(Condition.exactText("#" + id)).shouldBe(Condition.visible);
        Selenide.screenshot("push-remote-down");

        git.initBare(remote);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> git.tryRun(remote, "rev-parse", "--verify", "main").exitCode() == 0);
        String message = git.run(remote, "log", "-1", "--format=%B", "main");
        assertThat(message).contains("#" + id + " ", "requested by dave; approved by alice");
        String policy = git.run(remote, "show", "main:" + FOLDER + "/ml/authorizationpolicy-postprocessor-allow.yaml");
        assertThat(policy).contains("cluster.local/ns/edge/sa/api-gateway", "cluster.local/ns/ml/sa/llm-service");
        assertThat(git.run(remote, "show", "--stat", "--format=%an", "main")).startsWith("Portcullis IT");
        String commit = git.run(remote, "rev-parse", "main").strip();

        push.runCells().findBy(Condition.exactText("succeeded")).shouldBe(Condition.visible);
        push.runCells().findBy(Condition.exactText(commit.substring(0, 12))).shouldBe(Condition.visible);
        push.queueCells().shouldHave(CollectionCondition.noneMatch("request #" + id + " still queued",
                cell -> cell.getText().equals("#" + id)));
        Selenide.screenshot("push-succeeded");
    }

    @Test
    @Order(2)
    void pushNowWithNothingNewRecordsANoChangeRun() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.isDirectory(remote)
                        && git.tryRun(remote, "rev-parse", "--verify", "main").exitCode() == 0);
        LoginPage.open().signInAs("alice");
        var push = PushPage.open();
        push.pushNow();
        push.runCells().findBy(Condition.exactText("no change")).shouldBe(Condition.visible);
        push.runCells().findBy(Condition.text("by hand (alice)")).shouldBe(Condition.visible);
    }
}
