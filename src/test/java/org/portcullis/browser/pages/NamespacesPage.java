package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** The Namespaces page: each namespace with its rollout mode. */
public class NamespacesPage {

    public static NamespacesPage open() {
        Selenide.open("/namespaces");
        $("#namespaces-grid").shouldBe(Condition.visible);
        return new NamespacesPage();
    }

    /** The mode badge shown for a namespace ("Enforced" or "Dry-run"). */
    public SelenideElement mode(String namespace) {
        int row = rowOf(namespace);
        return $$("#namespaces-grid vaadin-grid-cell-content").get(row * 4 + 1);
    }

    /** Opens the request form of a namespace. */
    public RequestDialogPage edit(String namespace) {
        Vaadin.gridCell("namespaces-grid", namespace).shouldBe(Condition.visible).click();
        return new RequestDialogPage();
    }

    private static int rowOf(String namespace) {
        var cells = $$("#namespaces-grid vaadin-grid-cell-content");
        cells.findBy(Condition.exactText(namespace)).shouldBe(Condition.visible);
        var texts = cells.texts();
        // 4 header cells first, then 4 cells per row
        for (int i = 4; i < texts.size(); i += 4) {
            if (texts.get(i).equals(namespace)) {
                return i / 4;
            }
        }
        throw new AssertionError("no row for namespace " + namespace + " in " + texts);
    }
}
