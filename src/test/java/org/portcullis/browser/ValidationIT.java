package org.portcullis.browser;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.Test;
import org.portcullis.browser.pages.Grids;
import org.portcullis.browser.pages.LoginPage;

import static com.codeborne.selenide.Selenide.$;

/** Bad input gets a message next to the field that caused it, and nothing is saved. */
class ValidationIT extends BrowserTest {

    @Test
    void invalidWorkloadShowsMessagesNextToFieldsAndSavesNothing() {
        var form = LoginPage.open().signInAs("dave").workloads().register()
                .type("workload-name", "Bad_Name")
                .type("workload-namespace", "ml")
                .type("workload-serviceAccount", "bad-name")
                .type("workload-ports", "8080, 99999")
                .justify("New summarizer service")
                .submitExpectingErrors();
        form.errorOf("workload-ports").shouldHave(Condition.text("99999"));
        form.type("workload-ports", "8080").submitExpectingErrors();
        form.errorOf("workload-name").shouldHave(Condition.text("\"Bad_Name\""));
        form.errorOf("workload-trustZone").shouldBe(Condition.visible);
        screenshot("workload-validation");
        $("#request-dialog").shouldBe(Condition.visible);

        Selenide.open("/requests/mine");
        $("#my-requests-grid").shouldBe(Condition.visible);
        Grids.cells("my-requests-grid").shouldHave(com.codeborne.selenide.CollectionCondition.noneMatch(
                "no request was saved", c -> c.getText().contains("Bad_Name")));
    }

    @Test
    void duplicateWorkloadNameGetsAMessageNotAStackTrace() {
        var form = LoginPage.open().signInAs("dave").workloads().register()
                .type("workload-name", "llm-service")
                .type("workload-namespace", "ml")
                .choose("workload-trustZone", "processing")
                .type("workload-ports", "8000")
                .justify("Try to register an existing name")
                .submitExpectingErrors();
        form.errorOf("workload-name").shouldHave(Condition.text("already exists"));
    }

    @Test
    void requestWithoutJustificationIsRefusedAtTheJustificationField() {
        var form = LoginPage.open().signInAs("dave").workloads().register()
                .type("workload-name", "summarizer")
                .type("workload-namespace", "ml")
                .choose("workload-trustZone", "processing")
                .type("workload-ports", "8080")
                .submitExpectingErrors();
        form.errorOf("justification").shouldHave(Condition.text("Say why this change is needed"));
    }

    @Test
    void workloadPageShowsDerivedMeshIdentityAndWhoMayCallIt() {
        var page = LoginPage.open().signInAs("carol").workloads().open("llm-service");
        page.meshIdentity().shouldHave(Condition.exactText("cluster.local/ns/ml/sa/llm-service"));
        Grids.shouldContain("callers-grid", "preprocessor");
        Grids.shouldContain("callees-grid", "postprocessor");
        screenshot("workload-detail");
    }
}
