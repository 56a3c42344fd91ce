package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import org.openqa.selenium.Keys;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** How tests operate Vaadin's web components (their inputs live in the light DOM). */
public final class Vaadin {
    private Vaadin() {
    }

    public static void type(String id, String value) {
        var input = $("#" + id + " input, #" + id + " textarea");
        input.shouldBe(Condition.visible).clear();
        input.setValue(value);
        input.sendKeys(Keys.TAB);
    }

    public static void choose(String comboId, String value) {
        var input = $("#" + comboId + " input");
        input.shouldBe(Condition.visible).clear();
        input.sendKeys(value);
        $$("vaadin-combo-box-item").findBy(Condition.exactText(value)).shouldBe(Condition.visible).click();
    }

    public static void select(String selectId, String value) {
        $("#" + selectId).shouldBe(Condition.visible).click();
        $$("vaadin-select-item").findBy(Condition.exactText(value)).shouldBe(Condition.visible).click();
    }

    public static void click(String id) {
        $("#" + id).shouldBe(Condition.visible).shouldBe(Condition.enabled)
                .scrollIntoView("{block: 'center'}").click();
    }

    /** The validation message Vaadin shows under a field. */
    public static SelenideElement errorOf(String id) {
        return $("#" + id + " [slot='error-message']");
    }

    public static SelenideElement notification() {
        return $("vaadin-notification-card");
    }

    public static SelenideElement gridCell(String gridId, String text) {
        return $$("#" + gridId + " vaadin-grid-cell-content").findBy(Condition.text(text));
    }
}
