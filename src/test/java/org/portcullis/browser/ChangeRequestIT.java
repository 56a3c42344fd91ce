package org.portcullis.browser;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.Test;
import org.portcullis.browser.pages.Grids;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.browser.pages.RequestDialogPage;
import org.portcullis.browser.pages.Vaadin;
import org.portcullis.testing.Browser;

import static com.codeborne.selenide.Selenide.$;

/**
 * The change workflow end to end, as the people involved see it. All browser tests share one portal: each test asks
 * for a role/person pair no other test grants (AuditHistoryIT grants dave vector-reader, ExpiryIT erin auditor).
 */
class ChangeRequestIT extends BrowserTest {

    @Test
    void engineersRoleRequestApprovedByAdminBecomesEffective() {
        var request = LoginPage.open().signInAs("dave").catalogue()
                .requestRole("ml-user", "8 hours", "Trying the summarizer as an end user");
        request.shouldBeIn("pending");
        request.requirements().shouldHave(Condition.text("1 security admin approval"));
        long id = request.id();

        var alice = LoginPage.open().signInAs("alice");
        alice.pendingCount().shouldBe(Condition.visible);
        Selenide.open("/approvals");
        Grids.shouldContain("approvals-grid", "#" + id);
        alice.request(id).approve("ok for one shift").shouldBeIn("applied");
        screenshot("request-applied");

        LoginPage.open().signInAs("dave");
        Selenide.open("/assignments");
        Vaadin.type("assignments-filter", "dave");
        Grids.shouldContain("assignments-grid", "ml-user");
        Grids.cells("assignments-grid").findBy(Condition.text("until ")).shouldBe(Condition.visible);
    }

    @Test
    void requesterCannotApproveOwnRequest() {
        var request = LoginPage.open().signInAs("alice").catalogue()
                .requestRole("ml-user", "1 hour", "Trying the gateway as an end user");
        request.shouldBeIn("pending");
        request.approveButton().shouldNot(Condition.exist);
        request.decideReason().shouldHave(Condition.text("You cannot decide on your own request"));
    }

    @Test
    void requestTouchingAHighZoneNeedsTwoDistinctApprovers() {
        LoginPage.open().signInAs("dave");
        Selenide.open("/zones");
        Grids.cells("zones-grid").findBy(Condition.exactText("data")).shouldBe(Condition.visible).click();
        var request = new RequestDialogPage()
                .type("zone-description", "Embeddings, documents and chat logs with PII")
                .justify("Chat logs moved into this zone")
                .submit();
        request.requirements().shouldHave(Condition.text("2 security admin approvals"),
                Condition.text("touches HIGH-sensitivity zone data"));
        long id = request.id();

        var alice = LoginPage.open().signInAs("alice").request(id);
        alice.approve("first pair of eyes").shouldBeIn("pending");
        screenshot("request-two-approvers");
        alice.decideReason().shouldHave(Condition.text("already approved"));
        alice.approveButton().shouldNot(Condition.exist);

        LoginPage.open().signInAs("bob").request(id).approve("second pair of eyes").shouldBeIn("applied");
        Grids.shouldContain("decisions-grid", "alice");
        Grids.shouldContain("decisions-grid", "bob");
        Selenide.open("/zones");
        Grids.shouldContain("zones-grid", "Embeddings, documents and chat logs with PII");
    }

    @Test
    void ownerOfCalledWorkloadApprovesBeforeSecurityAdmins() {
        var dialog = LoginPage.open().signInAs("dave").catalogue().permissionForm()
                .choose("permission-source", "api-gateway")
                .choose("permission-destination", "vector-store")
                .type("permission-methods", "GET")
                .type("permission-paths", "/collections/*")
                .type("permission-ports", "6333")
                .justify("Gateway serves cached search results");
        var request = dialog.submit();
        request.requirements().shouldHave(Condition.text("owned by erin, who approves first"),
                Condition.text("touches PII workload vector-store"));
        long id = request.id();

        var alice = LoginPage.open().signInAs("alice").request(id);
        alice.decideReason().shouldHave(Condition.text("Waiting for the owner approval of erin"));
        alice.approveButton().shouldNot(Condition.exist);

        LoginPage.open().signInAs("erin").request(id).approve("fine by me as owner").shouldBeIn("pending");
        LoginPage.open().signInAs("alice").request(id).approve("ok").shouldBeIn("pending");
        LoginPage.open().signInAs("bob").request(id).approve("ok").shouldBeIn("applied");

        var workload = LoginPage.open().signInAs("dave").workloads().open("vector-store");
        Grids.shouldContain("callers-grid", "api-gateway");
    }

    @Test
    void rejectionNeedsACommentWhichTheRequesterSees() {
        long id = LoginPage.open().signInAs("dave").catalogue()
                .requestRole("ml-engineer", "7 days", "Want to tune the model").id();
        var alice = LoginPage.open().signInAs("alice").request(id);
        alice.reject("");
        alice.commentError().shouldHave(Condition.text("Say why you reject"));
        alice.shouldBeIn("pending");
        alice.reject("Ask erin to pair with you instead").shouldBeIn("rejected");

        LoginPage.open().signInAs("dave").request(id).shouldBeIn("rejected");
        Grids.shouldContain("decisions-grid", "Ask erin to pair with you instead");
    }

    @Test
    void requesterWithdrawsPendingRequest() {
        var request = LoginPage.open().signInAs("erin").catalogue()
                .requestRole("vector-reader", "1 day", "Checking index quality");
        long id = request.id();
        request.withdraw().shouldBeIn("withdrawn");

        LoginPage.open().signInAs("alice");
        Selenide.open("/approvals");
        $("#approvals-grid").shouldBe(Condition.visible);
        Grids.cells("approvals-grid").shouldHave(CollectionCondition.noneMatch("request " + id + " listed",
                cell -> cell.getText().equals("#" + id)));
    }

    @Test
    void twoAdminsDecidingAtOnceExactlyOneDecisionCounts() {
        long id = LoginPage.open().signInAs("erin").catalogue()
                .requestRole("ml-user", "8 hours", "Demo for the product team").id();

        var bobsBrowser = Browser.another(portal.url());
        try {
            bobsBrowser.open("/login");
            bobsBrowser.$("#login-form input[name='username']").setValue("bob");
            bobsBrowser.$("#login-form input[name='password']").setValue("bob-demo-1").pressEnter();
            bobsBrowser.$("#signed-in-as").shouldHave(Condition.text("(bob)"));
            bobsBrowser.open("/requests/" + id);
            bobsBrowser.$("#approve").shouldBe(Condition.visible);

            LoginPage.open().signInAs("alice").request(id).approve("mine first").shouldBeIn("applied");

            bobsBrowser.$("#decision-comment textarea").setValue("me too");
            bobsBrowser.$("#approve").click();
            bobsBrowser.$("vaadin-notification-card").shouldHave(Condition.text("changed while you were looking"));
            bobsBrowser.$("#request-state").shouldHave(Condition.exactText("applied"));
            bobsBrowser.$$("#decisions-grid vaadin-grid-cell-content")
                    .shouldHave(CollectionCondition.noneMatch("bob's decision recorded", c -> c.getText().equals("bob")));
        } finally {
            bobsBrowser.close();
        }
    }

    @Test
    void permissionIsSwitchedToDryRunByARequestWhosePlanShowsTheIstioAnnotation() {
        LoginPage.open().signInAs("dave");
        Selenide.open("/permissions");
        Vaadin.type("permissions-filter", "llm-service");
        Grids.cells("permissions-grid").findBy(Condition.exactText("postprocessor")).shouldBe(Condition.visible).click();
        $("#permission-dryRun").shouldBe(Condition.visible).click();
        var request = new RequestDialogPage().justify("Observe before enforcing the new format endpoint").submit();
        request.title().shouldHave(Condition.text("Update service permission llm-service->postprocessor"));
        $("#manifest-plan").shouldHave(Condition.text("istio.io/dry-run"));
    }

    @Test
    void revokingAPermissionIsARequestToo() {
        LoginPage.open().signInAs("erin");
        Selenide.open("/permissions");
        Vaadin.type("permissions-filter", "preprocessor");
        Grids.cells("permissions-grid").findBy(Condition.exactText("llm-service")).shouldBe(Condition.visible).click();
        Vaadin.click("request-deletion");
        var request = new RequestDialogPage().justify("The preprocessor calls the new gateway instead").submit();
        request.shouldBeIn("pending");
        request.title().shouldHave(Condition.text("Delete service permission preprocessor->llm-service"));
        Selenide.open("/workloads/llm-service");
        Grids.shouldContain("callers-grid", "preprocessor");
    }
}
