package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import java.util.regex.Pattern;

import static com.codeborne.selenide.Selenide.$;

/** The Keycloak sync page (route "sync"). */
public class SyncPage {

    private static final Pattern REQUEST_NUMBER = Pattern.compile("Request #(\\d+)");

    public static SyncPage open() {
        Selenide.open("/sync");
        $("#sync-runs-grid").shouldBe(Condition.visible);
        return new SyncPage();
    }

    public SelenideElement connection() {
        return $("#sync-connection");
    }

    public SelenideElement issuer() {
        return $("#sync-issuer");
    }

    public SelenideElement jwks() {
        return $("#sync-jwks");
    }

    public ElementsCollection runs() {
        return Grids.cells("sync-runs-grid");
    }

    public ElementsCollection queue() {
        return Grids.cells("sync-queue-grid");
    }

    public SelenideElement queueTitle() {
        return $("#sync-queue-title");
    }

    public SyncPage syncNow() {
        Vaadin.click("sync-now");
        return this;
    }

    public SyncPage checkDrift() {
        Vaadin.click("check-drift");
        return this;
    }

    public SelenideElement driftStatus() {
        return $("#drift-status");
    }

    public ElementsCollection unmanaged() {
        return Grids.cells("drift-unmanaged-grid");
    }

    public ElementsCollection reverts() {
        return Grids.cells("drift-reverts-grid");
    }

    public SyncPage revert() {
        Vaadin.click("drift-revert");
        return this;
    }

    /** Clicks "Adopt" on a realm object ({@code user/frank}) and returns the number of the request it submitted. */
    public long adopt(String key) {
        Vaadin.click("adopt-" + key.replaceAll("[^A-Za-z0-9-]", "-"));
        var text = Vaadin.notification().shouldHave(Condition.text("asks to add it to the model")).getText();
        var number = REQUEST_NUMBER.matcher(text);
        if (!number.find()) {
            throw new AssertionError("no request number in the notification: " + text);
        }
        return Long.parseLong(number.group(1));
    }
}
