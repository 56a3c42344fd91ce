package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.WebDriverRunner;

import static com.codeborne.selenide.Selenide.$;

public class CataloguePage {

    public RequestPage requestRole(String role, String duration, String justification) {
        Vaadin.choose("catalogue-role", role);
        Vaadin.select("catalogue-duration", duration);
        Vaadin.type("catalogue-justification", justification);
        Vaadin.click("catalogue-request-role");
        $("#request-title").shouldBe(Condition.visible);
        return new RequestPage();
    }

    /** Opens the "let my workload call" form. */
    public RequestDialogPage permissionForm() {
        Vaadin.click("catalogue-permission");
        return new RequestDialogPage();
    }

    public RequestDialogPage workloadForm() {
        Vaadin.click("catalogue-workload");
        return new RequestDialogPage();
    }

    public static long requestIdFromUrl() {
        var url = WebDriverRunner.url();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
