package org.portcullis.browser;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import org.junit.jupiter.api.Test;
import org.portcullis.browser.pages.AuditPage;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.browser.pages.ManifestsPage;
import org.portcullis.browser.pages.NamespacesPage;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A namespace observed in Istio dry-run before it is enforced: requested on the Namespaces page, its manifest change
 * shown to the approver, approved, visible in the manifests, and switched back by a later request. The test leaves
 * the namespace enforced, as the other browser tests expect it.
 */
class NamespaceRolloutIT extends BrowserTest {

    @Test
    void namespacePutInDryRunThroughARequestAndEnforcedAgain() {
        LoginPage.open().signInAs("alice");
        var namespaces = NamespacesPage.open();
        namespaces.mode("edge").shouldHave(Condition.exactText("Enforced"));
        var form = namespaces.edit("edge");
        // the form proposes the switch and says what holds now
        $("#namespace-dryRun").shouldHave(Condition.text("Dry-run: evaluate and log, do not enforce"),
                Condition.text("Now enforced."));
        var request = form
                .type("namespace-description", "Observe the gateway's JWT rule before enforcing it")
                .justify("New JWT rule on the gateway: watch the logs for a day first")
                .submit();
        request.shouldBeIn("pending");
        request.requirements().shouldHave(Condition.text("1 security admin approval"));
        long id = request.id();
        $("#manifest-plan-summary").scrollIntoView(true)
                .shouldHave(Condition.text("0 added, 2 changed, 0 removed (namespaces edge)"));
        var changed = $$(".manifest-plan-changed").shouldHave(CollectionCondition.size(2));
        changed.first().shouldHave(Condition.text("changed AuthorizationPolicy edge/"));
        var diff = changed.first().$("pre").getText();
        assertThat(diff.lines()).anyMatch(line -> line.startsWith("+") && line.contains("istio.io/dry-run: \"true\""));
        screenshot("namespace-dry-run-request");

        LoginPage.open().signInAs("bob").request(id).approve("one day of observation").shouldBeIn("applied");
        var manifests = ManifestsPage.open().namespace("edge");
        manifests.object("authorizationpolicy", "allow-nothing")
                .shouldHave(Condition.text("istio.io/dry-run: \"true\""));
        manifests.object("peerauthentication", "default").shouldNotHave(Condition.text("dry-run"));
        $("#manifests-dry-run-notice").shouldHave(Condition.text("Namespace edge is in dry-run"));
        screenshot("manifests-dry-run");
        NamespacesPage.open().mode("edge").shouldHave(Condition.exactText("Dry-run"));
        screenshot("namespaces-dry-run");

        // an auditor asking who could call a workload of edge is told that nothing was enforced there
        LoginPage.open().signInAs("carol");
        var audit = AuditPage.open();
        audit.whoCouldCall("api-gateway");
        audit.notEnforced().shouldBe(Condition.visible).shouldHave(
                Condition.text("namespace edge was in Istio dry-run"), Condition.text("(request #" + id + ")"));
        screenshot("audit-not-enforced");
        audit.whoCouldCall("llm-service");
        audit.notEnforced().shouldNotBe(Condition.visible);
        LoginPage.open().signInAs("bob");

        var enforceForm = NamespacesPage.open().edit("edge");
        $("#namespace-dryRun").shouldHave(Condition.text("Enforce"), Condition.text("Now in dry-run."));
        var back = enforceForm
                .justify("Logs show only the expected denials")
                .submit();
        back.shouldBeIn("pending");
        long enforce = back.id();
        LoginPage.open().signInAs("alice").request(enforce).approve("enforce").shouldBeIn("applied");
        NamespacesPage.open().mode("edge").shouldHave(Condition.exactText("Enforced"));
        ManifestsPage.open().namespace("edge").object("authorizationpolicy", "allow-nothing")
                .shouldNotHave(Condition.text("istio.io/dry-run"));
        $("#manifests-dry-run-notice").shouldNot(Condition.exist);
    }
}
