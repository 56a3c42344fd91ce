package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;

/** The manifests page: a namespace selector and one box per object with its YAML. */
public class ManifestsPage {

    public static ManifestsPage open() {
        Selenide.open("/manifests");
        $("#manifests-namespace").shouldBe(Condition.visible);
        return new ManifestsPage();
    }

    public ManifestsPage namespace(String namespace) {
        Vaadin.select("manifests-namespace", namespace);
        return this;
    }

    /** The box of one object, e.g. {@code object("authorizationpolicy", "llm-service-allow")}. */
    public SelenideElement object(String kind, String name) {
        return $("#manifest-" + kind + "-" + name);
    }

    public SelenideElement status() {
        return $("#manifests-status");
    }

    public SelenideElement download() {
        return $("#manifests-download");
    }

    public SelenideElement lastPush() {
        return $("#manifests-last-push");
    }
}
