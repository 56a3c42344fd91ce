package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A "submit request" form in a dialog. */
public class RequestDialogPage {

    public RequestDialogPage() {
        // a form that hands over to another (edit → "Request deletion") closes first: wait until one is left
        $$("#justification").shouldHave(com.codeborne.selenide.CollectionCondition.size(1));
        $("#request-dialog").shouldBe(Condition.visible);
    }

    public RequestDialogPage type(String fieldId, String value) {
        Vaadin.type(fieldId, value);
        return this;
    }

    public RequestDialogPage choose(String comboId, String value) {
        Vaadin.choose(comboId, value);
        return this;
    }

    public RequestDialogPage select(String selectId, String value) {
        Vaadin.select(selectId, value);
        return this;
    }

    private String justification;

    public RequestDialogPage justify(String text) {
        Vaadin.type("justification", text);
        justification = text;
        return this;
    }

    /**
     * Types the justification again if the field lost it: on a loaded machine a dialog that replaced another one
     * (edit form → "Request deletion") was seen to clear a value typed while it was still being set up.
     */
    private void keepJustification() {
        if (justification != null && !justification.equals($("#justification textarea").getValue())) {
            Vaadin.type("justification", justification);
        }
    }

    /** Submits, expecting the form to stay open with messages. */
    public RequestDialogPage submitExpectingErrors() {
        Vaadin.click("submit-request");
        return this;
    }

    /** Submits, expecting the request page of the new request. */
    public RequestPage submit() {
        keepJustification();
        Vaadin.click("submit-request");
        $("#request-title").shouldBe(Condition.visible);
        return new RequestPage();
    }

    public SelenideElement errorOf(String fieldId) {
        return Vaadin.errorOf(fieldId);
    }
}
