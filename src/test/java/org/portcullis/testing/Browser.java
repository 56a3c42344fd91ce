package org.portcullis.testing;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.SelenideConfig;
import com.codeborne.selenide.SelenideDriver;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Selenide set up for Debian's headless Chromium, offline, with its files under target/. */
public final class Browser {

    private static final String[] CHROMIUM_FLAGS = {"--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1400,1000"};

    private Browser() {
    }

    public static void configure(String baseUrl) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Configuration.browser = "chrome";
        Configuration.browserBinary = "/usr/bin/chromium";
        Configuration.headless = false; // the flag is passed explicitly as --headless=new
        Configuration.browserCapabilities = options();
        Configuration.baseUrl = baseUrl;
        Configuration.timeout = 15_000;
        Configuration.pageLoadTimeout = 60_000;
        Configuration.browserSize = "1400x1000";
        Configuration.reportsFolder = "target/selenide-reports";
        Configuration.downloadsFolder = "target/selenide-downloads";
        Configuration.screenshots = true;
        Configuration.savePageSource = false;
    }

    /** A second, independent browser (another person at another desk). */
    public static SelenideDriver another(String baseUrl) {
        var config = new SelenideConfig().browser("chrome").browserBinary("/usr/bin/chromium")
                .browserCapabilities(options()).baseUrl(baseUrl).timeout(15_000).pageLoadTimeout(60_000)
                .reportsFolder("target/selenide-reports").downloadsFolder("target/selenide-downloads")
                .browserSize("1400x1000");
        return new SelenideDriver(config);
    }

    private static ChromeOptions options() {
        var options = new ChromeOptions();
        options.addArguments(CHROMIUM_FLAGS);
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory(Path.of("target").toAbsolutePath(),
                    "chromium-profile-"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return options;
    }
}
