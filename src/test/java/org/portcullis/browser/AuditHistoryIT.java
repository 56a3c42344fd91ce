package org.portcullis.browser;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.portcullis.browser.pages.AuditPage;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.browser.pages.Vaadin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditHistoryIT extends BrowserTest {

    private static final String ROLE = "vector-reader";

    @Test
    @Order(1)
    void roleGrantedThroughAnApprovedRequestIsAnsweredAtThatTimeOnly() {
        var beforeRequest = Instant.now().minusSeconds(2);
        var request = LoginPage.open().signInAs("dave").catalogue()
                .requestRole(ROLE, "permanently", "Reads embeddings for the retrieval evaluation");
        long id = request.id();
        LoginPage.open().signInAs("alice").request(id).approve("Fine for the evaluation").shouldBeIn("applied");

        LoginPage.open().signInAs("carol");
        var audit = AuditPage.open();
        var now = audit.whoHadRole(ROLE, null);
        var daveRow = $$("#access-grid vaadin-grid-cell-content");
        daveRow.findBy(Condition.exactText("dave")).shouldBe(Condition.visible);
        daveRow.findBy(Condition.exactText("#" + id)).shouldBe(Condition.visible);
        daveRow.findBy(Condition.exactText("alice")).shouldBe(Condition.visible);
        screenshot("audit-who-had-access");

        audit.whoHadRole(ROLE, beforeRequest);
        audit.accessSummary().shouldHave(Condition.text("holder"));
        $$("#access-grid vaadin-grid-cell-content").filterBy(Condition.exactText("dave"))
                .shouldHave(CollectionCondition.size(0));
    }

    @Test
    @Order(2)
    void actionFilterShowsOnlyApprovals() {
        LoginPage.open().signInAs("carol");
        var audit = AuditPage.open().filterAction("request.approved");
        audit.count().shouldHave(Condition.matchText("^\\d+ events?$"));
        $$("#audit-grid vaadin-grid-cell-content").findBy(Condition.exactText("request.approved"))
                .shouldBe(Condition.visible);
        var actions = $$("#audit-grid vaadin-grid-cell-content").filterBy(Condition.matchText("^[a-z]+\\.[a-z]+$|^signin$|^signout$"));
        actions.shouldHave(CollectionCondition.sizeGreaterThan(0));
        assertThat(actions.texts()).allMatch(t -> t.equals("request.approved"));
    }

    @Test
    @Order(3)
    void detailShowsBeforeAndAfterOfAnInventoryChange() {
        LoginPage.open().signInAs("carol");
        var audit = AuditPage.open().filterAction("inventory.created").filterObjectType("ROLE_ASSIGNMENT")
                .filterObjectName(ROLE + "*");
        audit.openEvent(ROLE + " → person dave");
        audit.detailBefore().shouldHave(Condition.text("(none)"));
        audit.detailAfter().shouldHave(Condition.text("\"role\" : \"" + ROLE + "\""),
                Condition.text("\"subject\" : \"dave\""));
        audit.detailRequest().shouldHave(Condition.matchText("^#\\d+$"));
        screenshot("audit-detail");
        audit.closeDetail();
    }

    @Test
    @Order(4)
    void wordsFindEventsByTheStartOfAWordInAnyCase() {
        LoginPage.open().signInAs("carol");
        var audit = AuditPage.open().filterAction("inventory.created").filterWords("DAVE " + ROLE.substring(0, 8));
        audit.count().shouldHave(Condition.exactText("1 event"));
        Vaadin.gridCell("audit-grid", ROLE + " → person dave").shouldBe(Condition.visible);
        screenshot("audit-words");

        audit.filterWords(ROLE.substring(1));   // inside a word: not found
        audit.count().shouldHave(Condition.exactText("0 events"));
    }

    @Test
    @Order(5)
    void exportsDownloadAsCsvAndJsonWithTheHeadAndAreAudited() throws Exception {
        LoginPage.open().signInAs("carol");
        var audit = AuditPage.open().filterAction("request.approved");
        var csv = Files.readString(audit.downloadCsv().toPath(), StandardCharsets.UTF_8);
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("sequence,at,actor,action,objectType,objectName,changeRequest,before,after,"
                + "clientAddress,previousHash,hash");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines[1]).contains(",request.approved,");
        assertThat(lines[lines.length - 1]).startsWith("#head,sequence=").contains(",hash=")
                .contains(",count=" + (lines.length - 2));

        var json = Files.readString(audit.downloadJson().toPath(), StandardCharsets.UTF_8);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.get("format").asText()).isEqualTo("portcullis-audit-export/1");
        assertThat(tree.get("records")).isNotEmpty();
        tree.get("records").forEach(r -> assertThat(r.get("action").asText()).isEqualTo("request.approved"));
        assertThat(tree.get("head").get("count").asLong()).isEqualTo(tree.get("records").size());

        Selenide.refresh();
        AuditPage.open().filterAction("audit.exported");
        $$("#audit-grid vaadin-grid-cell-content").filterBy(Condition.exactText("audit.exported"))
                .shouldHave(CollectionCondition.sizeGreaterThanOrEqual(2));
        $$("#audit-grid vaadin-grid-cell-content").findBy(Condition.exactText("carol")).shouldBe(Condition.visible);
    }

    @Test
    @Order(6)
    void verifyingAnUntouchedChainReportsIntact() {
        LoginPage.open().signInAs("alice");
        AuditPage.open().verify().shouldHave(Condition.text("Intact through event"));
    }

    @Test
    @Order(7)
    void engineerCannotExportOrOpenTheHistory() throws Exception {
        LoginPage.open().signInAs("dave");
        $("#nav-audit").shouldNotBe(Condition.visible);
        Selenide.open("/audit");
        $("#access-denied").shouldHave(Condition.text("security-admin or auditor"));
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(portal.url() + "/audit/export?format=csv")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(8)
    void workloadPageShowsItsHistoryToAuditorsOnly() {
        LoginPage.open().signInAs("carol").workloads().open("llm-service");
        $("#object-history-grid").shouldBe(Condition.visible);
        $$("#object-history-grid vaadin-grid-cell-content").findBy(Condition.exactText("inventory.created"))
                .shouldBe(Condition.visible);
        $("#object-history-all").shouldHave(Condition.attributeMatching("href",
                ".*audit\\?objectType=WORKLOAD&objectName=llm-service$"));

        LoginPage.open().signInAs("dave").workloads().open("llm-service");
        $("#object-history-grid").shouldNot(Condition.exist);
    }
}
