package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;

public class RequestPage {

    public long id() {
        return CataloguePage.requestIdFromUrl();
    }

    public SelenideElement state() {
        return $("#request-state");
    }

    public SelenideElement title() {
        return $("#request-title");
    }

    public SelenideElement decideReason() {
        return $("#decide-reason");
    }

    public SelenideElement requirements() {
        return $("#request-requirements");
    }

    public SelenideElement approveButton() {
        return $("#approve");
    }

    public RequestPage approve(String comment) {
        Vaadin.type("decision-comment", comment);
        Vaadin.click("approve");
        return this;
    }

    public RequestPage reject(String comment) {
        if (!comment.isEmpty()) {
            Vaadin.type("decision-comment", comment);
        }
        Vaadin.click("reject");
        return this;
    }

    public RequestPage withdraw() {
        Vaadin.click("withdraw");
        return this;
    }

    public SelenideElement commentError() {
        return Vaadin.errorOf("decision-comment");
    }

    public SelenideElement decisions() {
        return $("#decisions-grid");
    }

    public RequestPage shouldBeIn(String state) {
        state().scrollIntoView(true).shouldHave(Condition.exactText(state));
        return this;
    }
}
