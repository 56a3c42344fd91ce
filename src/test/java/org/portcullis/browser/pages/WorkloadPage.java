package org.portcullis.browser.pages;

import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;

public class WorkloadPage {

    public SelenideElement meshIdentity() {
        return $("#mesh-identity");
    }

    public SelenideElement callers() {
        return $("#callers-grid");
    }

    public SelenideElement callees() {
        return $("#callees-grid");
    }
}
