package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;

/** The frame around every signed-in page. */
public class Shell {

    public SelenideElement signedInAs() {
        return $("#signed-in-as");
    }

    public SelenideElement pendingCount() {
        return $("#pending-count");
    }

    public CataloguePage catalogue() {
        Selenide.open("/request");
        $("#catalogue-role-card").shouldBe(Condition.visible);
        return new CataloguePage();
    }

    public RequestPage request(long id) {
        Selenide.open("/requests/" + id);
        $("#request-title").shouldBe(Condition.visible);
        return new RequestPage();
    }

    public WorkloadsPage workloads() {
        Selenide.open("/workloads");
        $("#workloads-grid").shouldBe(Condition.visible);
        return new WorkloadsPage();
    }

    public void open(String path) {
        Selenide.open(path);
    }
}
