package org.portcullis.browser.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.DownloadOptions;
import com.codeborne.selenide.FileDownloadMode;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import java.io.File;
import java.io.FileNotFoundException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** The audit history (/audit): filters, grid, event detail, verification, export, who had access. */
public class AuditPage {

    public static AuditPage open() {
        Selenide.open("/audit");
        $("#audit-grid").shouldBe(Condition.visible);
        return new AuditPage();
    }

    public AuditPage filterAction(String action) {
        Vaadin.choose("audit-action", action);
        return this;
    }

    public AuditPage filterObjectType(String type) {
        Vaadin.choose("audit-object-type", type);
        return this;
    }

    public AuditPage filterObjectName(String name) {
        Vaadin.type("audit-object-name", name);
        return this;
    }

    /** Types into the free-text field ("Words"). */
    public AuditPage filterWords(String words) {
        Vaadin.type("audit-text", words);
        return this;
    }

    public AuditPage filterRequest(long id) {
        Vaadin.type("audit-request", String.valueOf(id));
        return this;
    }

    public SelenideElement count() {
        return $("#audit-count");
    }

    public SelenideElement grid() {
        return $("#audit-grid");
    }

    /** The texts of the grid's "Action" column for the rows loaded. */
    public java.util.List<String> cellTexts() {
        return $$("#audit-grid vaadin-grid-cell-content").texts();
    }

    /** Opens the detail of the first row showing {@code text}. */
    public SelenideElement openEvent(String text) {
        Vaadin.gridCell("audit-grid", text).shouldBe(Condition.visible).click();
        return $("#audit-detail-before").shouldBe(Condition.visible);
    }

    public SelenideElement detailBefore() {
        return $("#audit-detail-before");
    }

    public SelenideElement detailAfter() {
        return $("#audit-detail-after");
    }

    public SelenideElement detailRequest() {
        return $("#audit-detail-request");
    }

    public AuditPage closeDetail() {
        Vaadin.click("audit-detail-close");
        $("#audit-detail-before").shouldNot(Condition.exist);
        return this;
    }

    /** Clicks "Verify chain" and waits for the background verification to report. */
    public SelenideElement verify() {
        var result = $("#audit-verify-result");
        var before = result.getText();
        Vaadin.click("audit-verify");
        $("#audit-verify-progress").shouldNotBe(Condition.visible);
        result.shouldNotHave(Condition.exactText(before), Condition.text("Verifying"));
        return result;
    }

    public SelenideElement verifyResult() {
        return $("#audit-verify-result");
    }

    public File downloadCsv() throws FileNotFoundException {
        return download("audit-export-csv");
    }

    public File downloadJson() throws FileNotFoundException {
        return download("audit-export-json");
    }

    private static File download(String id) throws FileNotFoundException {
        return $("#" + id).shouldBe(Condition.visible)
                .download(DownloadOptions.using(FileDownloadMode.HTTPGET).withTimeout(60_000));
    }

    /** Asks who held {@code role} at {@code at} (null: now); returns the answer grid. */
    public SelenideElement whoHadRole(String role, Instant at) {
        Vaadin.select("access-kind", "Role");
        Vaadin.type("access-name", role);
        var picker = $("#access-at").shouldBe(Condition.visible);
        var value = at == null ? "" : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
                .toString();
        Selenide.executeJavaScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", picker, value);
        var summary = $("#access-summary");
        var before = summary.getText();
        Vaadin.click("access-ask");
        summary.shouldNotHave(Condition.exactText(before));
        return $("#access-grid");
    }

    /** Asks which workloads could call {@code workload} now; returns the answer grid. */
    public SelenideElement whoCouldCall(String workload) {
        if (!$("#access-kind").getText().contains("Workload")) {
            Vaadin.select("access-kind", "Workload (who may call it)");
        }
        Vaadin.type("access-name", workload);
        var summary = $("#access-summary");
        var before = summary.getText();
        Vaadin.click("access-ask");
        summary.shouldNotHave(Condition.exactText(before));
        return $("#access-grid");
    }

    /** The warning that the asked workload's policies were not enforced (namespace in dry-run). */
    public SelenideElement notEnforced() {
        return $("#access-dry-run");
    }

    public SelenideElement accessSummary() {
        return $("#access-summary");
    }
}
