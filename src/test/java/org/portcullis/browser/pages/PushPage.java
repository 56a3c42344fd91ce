package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;

/** The push status page: target, queue, runs, "push now". */
public class PushPage {

    public static PushPage open() {
        Selenide.open("/push");
        $("#push-runs-grid").shouldBe(Condition.visible);
        return new PushPage();
    }

    public SelenideElement gitTarget() {
        return $("#push-target-git");
    }

    public SelenideElement clusterTarget() {
        return $("#push-target-cluster");
    }

    public ElementsCollection runCells() {
        return Grids.cells("push-runs-grid");
    }

    public ElementsCollection queueCells() {
        return Grids.cells("push-queue-grid");
    }

    public PushPage pushNow() {
        Vaadin.click("push-now");
        return this;
    }
}
