package org.portcullis.browser;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.Test;
import org.portcullis.browser.pages.LoginPage;

import static com.codeborne.selenide.Selenide.$;

class LoginIT extends BrowserTest {

    @Test
    void rightPasswordSignsInAndShowsRoles() {
        var shell = LoginPage.open().signInAs("alice");
        shell.signedInAs().shouldHave(Condition.text("Alice Admin"), Condition.text("security-admin"));
        $("#workloads-grid").shouldBe(Condition.visible);
        screenshot("workloads");
    }

    @Test
    void wrongPasswordIsRefused() {
        var login = LoginPage.open().signInExpectingFailure("alice", "not-her-password");
        $("#login-form").shouldHave(Condition.text("Wrong username or password"));
        $("#signed-in-as").shouldNot(Condition.exist);
        screenshot("login-failed");
    }

    @Test
    void demoModeListsDemoAccountsOnLoginPage() {
        LoginPage.open().demoAccounts().shouldHave(Condition.text("alice-demo-1"), Condition.text("security-admin"));
        screenshot("login");
    }

    @Test
    void pageTypedByHandNeedsSignIn() {
        Selenide.clearBrowserCookies();
        Selenide.open("/approvals");
        $("#login-form").shouldBe(Condition.visible);
    }

    @Test
    void engineerCannotOpenTheAdminsRequestHistory() {
        LoginPage.open().signInAs("dave");
        Selenide.open("/requests");
        $("#access-denied").shouldHave(Condition.text("security-admin or auditor"));
    }
}
