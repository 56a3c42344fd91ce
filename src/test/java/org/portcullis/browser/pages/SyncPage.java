package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;

/** The Keycloak sync page (route "sync"). */
public class SyncPage {

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
}
