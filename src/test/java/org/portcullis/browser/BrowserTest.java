package org.portcullis.browser;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.portcullis.testing.Browser;
import org.portcullis.testing.PortalServer;

/** Base of the browser tests: the shared real portal and one headless Chromium. */
abstract class BrowserTest {

    static PortalServer portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalServer.shared();
        Browser.configure(portal.url());
    }

    @AfterAll
    static void closeBrowser() {
        Selenide.closeWebDriver();
    }

    /** A screenshot under target/screenshots, to look at what a page shows. */
    static void screenshot(String name) {
        Selenide.screenshot(name);
    }
}
