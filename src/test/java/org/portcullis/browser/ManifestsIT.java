package org.portcullis.browser;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.WebDriverRunner;
import org.junit.jupiter.api.Test;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.browser.pages.ManifestsPage;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;
import static com.codeborne.selenide.Selenide.$$;

/** What the approved model compiles to, and what a pending request would change in it. */
class ManifestsIT extends BrowserTest {

    @Test
    void engineerSeesTheAllowPolicyOfANamespaceWithItsCallerPrincipal() {
        LoginPage.open().signInAs("dave");
        var page = ManifestsPage.open();
        page.status().shouldHave(Condition.text("all valid"));
        page.download().shouldHave(Condition.attribute("href"));
        page.namespace("ml");
        page.object("authorizationpolicy", "llm-service-allow").shouldBe(Condition.visible)
                .shouldHave(Condition.text("action: ALLOW"), Condition.text("cluster.local/ns/ml/sa/preprocessor"));
        page.object("peerauthentication", "default").shouldHave(Condition.text("mode: STRICT"));
        screenshot("manifests-ml");
    }

    @Test
    void bundleZipIsForSignedInPeopleOnly() throws Exception {
        var client = HttpClient.newHttpClient();
        var url = URI.create(portal.url() + "/manifests/bundle.zip");
        var anonymous = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        LoginPage.open().signInAs("carol");
        var session = WebDriverRunner.getWebDriver().manage().getCookieNamed("JSESSIONID");
        var zip = client.send(HttpRequest.newBuilder(url).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("ml/authorizationpolicy-llm-service-allow.yaml", "ml/peerauthentication-default.yaml");
    }

    @Test
    void pendingRequestShowsTheRuleItWouldAddToTheDestinationsPolicy() {
        var request = LoginPage.open().signInAs("dave").catalogue().permissionForm()
                .choose("permission-source", "api-gateway")
                .choose("permission-destination", "postprocessor")
                .type("permission-methods", "POST")
                .type("permission-paths", "/v1/format")
                .type("permission-ports", "8080")
                .justify("Gateway formats cached answers")
                .submit();
        request.shouldBeIn("pending");
        $("#manifest-plan-summary").scrollIntoView(true)
                .shouldHave(Condition.text("0 added, 1 changed, 0 removed (namespaces ml)"));
        var changed = $$(".manifest-plan-changed").shouldHave(CollectionCondition.size(1)).first()
                .shouldHave(Condition.text("changed AuthorizationPolicy ml/postprocessor-allow"));
        var diff = changed.$("pre").shouldHave(Condition.text("cluster.local/ns/edge/sa/api-gateway")).getText();
        assertThat(diff.lines()).anyMatch(line -> line.startsWith("+")
                && line.contains("cluster.local/ns/edge/sa/api-gateway"));
        $$("#manifest-plan .manifest-problem").shouldHave(CollectionCondition.size(0));
        screenshot("request-manifest-plan");
    }
}
