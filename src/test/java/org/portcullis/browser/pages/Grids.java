package org.portcullis.browser.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.ElementsCollection;

import static com.codeborne.selenide.Selenide.$$;

/** Reading Vaadin grids: their cell contents are in the light DOM. */
public final class Grids {
    private Grids() {
    }

    public static ElementsCollection cells(String gridId) {
        return $$("#" + gridId + " vaadin-grid-cell-content");
    }

    public static void shouldContain(String gridId, String text) {
        cells(gridId).shouldHave(CollectionCondition.itemWithText(text));
    }
}
