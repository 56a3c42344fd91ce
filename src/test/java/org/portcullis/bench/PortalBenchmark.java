package org.portcullis.bench;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import org.portcullis.browser.pages.LoginPage;
import org.portcullis.browser.pages.Vaadin;
import org.portcullis.testing.Browser;
import org.portcullis.testing.PortalServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/**
 * Figures for the portal foundation (prints, asserts nothing about time):
 * <ol>
 *   <li>start of a fresh demo portal to its first page, and its resident memory right after;</li>
 *   <li>with 10,000 workloads, 2,000 people and 50,000 permissions: opening the workloads view, filtering it, opening a
 *       request and approving it — in the browser (click to rendered) and, for the same operations, at the facade
 *       ({@link FacadeTimings}).</li>
 * </ol>
 * Run: see docs/BENCHMARKS.md.
 */
public final class PortalBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 5);
        startup();

        var dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-portal-");
        var url = "jdbc:h2:file:" + dir.resolve("portcullis") + ";AUTO_SERVER=TRUE";
        long t0 = System.nanoTime();
        LargeInventory.generate(url, 10_000, 2_000, 50_000, 42);
        System.out.printf("generated 10,000 workloads, 2,000 people, 50,000 permissions in %d ms%n", ms(t0));
        var requestIds = pendingRoleRequests(url, rounds);

        FacadeTimings.run(url, requestIds.subList(0, 1), rounds);

        var portal = PortalServer.start(Map.of("PORTCULLIS_DB_URL", url, "PORTCULLIS_DEMO", "false",
                "PORTCULLIS_ADMIN_USERNAME", "alice", "PORTCULLIS_ADMIN_PASSWORD", "alice-bench-1"));
        try {
            Browser.configure(portal.url());
            LoginPage.open().signInAs("alice", "alice-bench-1");
            var open = new ArrayList<Long>();
            var filter = new ArrayList<Long>();
            var request = new ArrayList<Long>();
            var approve = new ArrayList<Long>();
            var plans = new ArrayList<Long>();
            for (int i = 0; i < rounds; i++) {
                open.add(time(() -> {
                    Selenide.open("/workloads");
                    awaitGrid(10_000, "svc-0");
                    return null;
                }));
                var wanted = "svc-" + (9000 + i);
                var input = $("#workloads-filter input").shouldBe(Condition.visible);
                filter.add(time(() -> {
                    // the whole value at once, as a paste would; the figure includes the field's 300 ms typing pause (LAZY mode)
                    Selenide.executeJavaScript("arguments[0].value = arguments[1];"
                            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, wanted);
                    awaitGrid(1, wanted);
                    return null;
                }));
                long id = requestIds.get(i + 1);
                request.add(time(() -> {
                    Selenide.open("/requests/" + id);
                    $("#approve").shouldBe(Condition.visible);
                    return null;
                }));
                plans.add(time(() -> {
                    $("#manifest-plan-summary").shouldBe(Condition.exist);
                    $("#keycloak-plan").shouldBe(Condition.exist);
                    return null;
                }) + request.getLast());
                approve.add(time(() -> {
                    Vaadin.click("approve");
                    $("#request-state").shouldHave(Condition.exactText("applied"));
                    return null;
                }));
            }
            report("browser: open workloads view (first rows rendered)", open);
            report("browser: filter workloads (filtered rows rendered)", filter);
            report("browser: open a request (page rendered)", request);
            report("browser: open a request, its plans shown", plans);
            report("browser: approve a request (applied shown)", approve);
            Selenide.closeWebDriver();
        } finally {
            portal.stop();
        }
    }

    /**
     * Waits until the grid reports {@code size} rows in all and shows {@code firstCell} in its first rendered cell:
     * two cheap script calls instead of scanning every cell through WebDriver.
     */
    private static void awaitGrid(int size, String firstCell) {
        var deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Boolean ready = Selenide.executeJavaScript("const g = document.querySelector('#workloads-grid');"
                    + "if (!g || g.size !== arguments[0]) return false;"
                    + "const cells = [...g.querySelectorAll('vaadin-grid-cell-content')].map(c => c.textContent.trim());"
                    + "return cells.includes(arguments[1]);", size, firstCell);
            if (Boolean.TRUE.equals(ready)) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("grid never showed " + size + " rows with " + firstCell);
    }

    private static void startup() {
        long t0 = System.nanoTime();
        var portal = PortalServer.start(Map.of());
        long started = ms(t0);
        System.out.printf("fresh demo portal: start to first page %d ms, resident memory %d MiB%n", started,
                portal.residentMemoryKib() / 1024);
        portal.stop();
    }

    /** Pending "grant ml-user to person-N" requests by dave, written as the portal would (one item each). */
    private static List<Long> pendingRoleRequests(String url, int count) throws Exception {
        var ids = new ArrayList<Long>();
        try (var db = DriverManager.getConnection(url, "portcullis", "portcullis")) {
            for (int i = 0; i < count + 1; i++) {
                long id;
                try (var seq = db.createStatement(); var rs = seq.executeQuery("SELECT NEXT VALUE FOR change_request_seq")) {
                    rs.next();
                    id = rs.getLong(1);
                }
                var subject = "person-" + (100 + i);
                try (var st = db.prepareStatement("INSERT INTO change_request (id, version, title, requester, justification,"
                        + " state, required_approvals, owner_approvers, risk_reasons, created_at) VALUES"
                        + " (?, 1, ?, 'dave', 'benchmark', 'PENDING', 1, '', '', CURRENT_TIMESTAMP)")) {
                    st.setLong(1, id);
                    st.setString(2, "Grant ml-user to " + subject);
                    st.executeUpdate();
                }
                try (var st = db.prepareStatement("INSERT INTO change_item (id, request_id, position, kind, operation,"
                        + " object_key, before_json, after_json) VALUES (RANDOM_UUID(), ?, 0, 'ROLE_ASSIGNMENT', 'CREATE', ?, NULL, ?)")) {
                    st.setLong(1, id);
                    st.setString(2, "ml-user → person " + subject);
                    st.setString(3, "{\"expiresAt\":null,\"role\":\"ml-user\",\"subject\":\"" + subject + "\",\"subjectKind\":\"PERSON\"}");
                    st.executeUpdate();
                }
                ids.add(id);
            }
        }
        return ids;
    }

    static long time(Callable<?> work) throws Exception {
        long t0 = System.nanoTime();
        work.call();
        return ms(t0);
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static void report(String what, List<Long> millis) {
        var sorted = millis.stream().sorted().toList();
        System.out.printf("%-55s median %4d ms  min %4d  max %4d  (n=%d)%n", what, sorted.get(sorted.size() / 2),
                sorted.getFirst(), sorted.getLast(), sorted.size());
    }

}
