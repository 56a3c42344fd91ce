package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import org.openqa.selenium.Keys;

import static com.codeborne.selenide.Selenide.$;

public class LoginPage {

    public static LoginPage open() {
        Selenide.clearBrowserCookies();
        Selenide.open("/login");
        $("#login-form").shouldBe(Condition.visible);
        return new LoginPage();
    }

    public Shell signInAs(String username, String password) {
        submit(username, password);
        $("#signed-in-as").shouldHave(Condition.text("(" + username + ")"));
        return new Shell();
    }

    /** Demo people sign in with their demo passwords. */
    public Shell signInAs(String username) {
        return signInAs(username, username + "-demo-1");
    }

    public LoginPage signInExpectingFailure(String username, String password) {
        submit(username, password);
        return this;
    }

    private void submit(String username, String password) {
        $("#login-form input[name='username']").setValue(username);
        $("#login-form input[name='password']").setValue(password).sendKeys(Keys.ENTER);
    }

    public SelenideElement error() {
        return $("#login-form [part='error-message'], #login-form vaadin-login-form-wrapper");
    }

    public SelenideElement demoAccounts() {
        return $("#demo-accounts");
    }
}
