package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;

public class WorkloadsPage {

    public WorkloadsPage filter(String text) {
        Vaadin.type("workloads-filter", text);
        return this;
    }

    public SelenideElement cell(String text) {
        return Vaadin.gridCell("workloads-grid", text);
    }

    public WorkloadPage open(String name) {
        Selenide.open("/workloads/" + name);
        $("#mesh-identity").shouldBe(Condition.visible);
        return new WorkloadPage();
    }

    public RequestDialogPage register() {
        Vaadin.click("register-workload");
        return new RequestDialogPage();
    }
}
