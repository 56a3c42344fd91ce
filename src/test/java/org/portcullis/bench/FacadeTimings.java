package org.portcullis.bench;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Persistence;
import org.portcullis.audit.AuditTrail;
import org.portcullis.audit.ClientAddress;
import org.portcullis.inventory.Inventory;
import org.portcullis.inventory.PageRequest;
import org.portcullis.persistence.inventory.InventoryStore;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.InventoryChanged;
import org.portcullis.requests.InventoryChanges;
import org.portcullis.requests.RequestApplication;
import org.portcullis.requests.RequestDecisions;
import org.portcullis.security.CurrentUser;
import org.portcullis.security.PortalRoles;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The same operations as the browser benchmark, measured at the facades: the production facade classes wired by hand
 * to an EclipseLink EntityManager on the benchmark database (no container, no UI), one transaction per call as in the
 * portal.
 */
final class FacadeTimings {

    private FacadeTimings() {
    }

    static void run(String url, List<Long> requestIds, int rounds) throws Exception {
        var factory = Persistence.createEntityManagerFactory("portcullis-test", Map.of("jakarta.persistence.jdbc.url", url));
        var em = factory.createEntityManager();
        try {
            var clock = Clock.systemUTC();
            var currentUser = new CurrentUser();
            var signIn = CurrentUser.class.getDeclaredMethod("signIn", String.class);
            signIn.setAccessible(true);
            signIn.invoke(currentUser, "alice");
            var store = inject(new InventoryStore(), "em", em);
            var inventory = inject(inject(inject(new Inventory(), "em", em), "store", store), "currentUser", currentUser);
            var roles = inject(inject(inject(new PortalRoles(), "em", em), "currentUser", currentUser), "clock", clock);
            var audit = inject(inject(inject(new AuditTrail(), "em", em), "clock", clock), "clientAddress", new ClientAddress());
            var changes = inject(new InventoryChanges(), "store", store);
            var decisions = inject(inject(inject(new RequestDecisions(), "em", em), "clock", clock), "audit", audit);
            var application = inject(inject(inject(inject(inject(new RequestApplication(), "em", em), "inventory", changes),
                    "clock", clock), "audit", audit), "changed", new NoEvents());
            var requests = new ChangeRequests();
            for (var f : Map.of("em", em, "currentUser", currentUser, "portalRoles", roles, "inventory", changes,
                    "decisions", decisions, "application", application, "clock", clock, "audit", audit,
                    "changed", new NoEvents()).entrySet()) {
                inject(requests, f.getKey(), f.getValue());
            }

            var open = new ArrayList<Long>();
            var filter = new ArrayList<Long>();
            for (int i = 0; i < rounds + 2; i++) {
                long a = timed(em, () -> inventory.workloads(new PageRequest("", 0, 50, null, true)).total());
                int n = 9000 + i;
                long b = timed(em, () -> inventory.workloads(new PageRequest("svc-" + n, 0, 50, null, true)).rows().size());
                if (i >= 2) { // the first two warm up the JIT and EclipseLink's metadata
                    open.add(a);
                    filter.add(b);
                }
            }
            PortalBenchmark.report("facade: workloads page 1 + count (10,000 rows)", open);
            PortalBenchmark.report("facade: workloads filtered by name", filter);

            long id = requestIds.getFirst();
            var detail = new ArrayList<Long>();
            for (int i = 0; i < rounds; i++) {
                detail.add(timed(em, () -> requests.detail(id)));
            }
            PortalBenchmark.report("facade: request detail", detail);
            long version = requests.detail(id).version();
            em.getTransaction().begin();
            long t0 = System.nanoTime();
            decisions.approve(id, version, "alice", true, "benchmark");
            em.getTransaction().commit();
            em.getTransaction().begin();
            application.apply(id);
            em.getTransaction().commit();
            PortalBenchmark.report("facade: approve + apply a request", List.of(PortalBenchmark.ms(t0)));
        } finally {
            em.close();
            factory.close();
        }
    }

    private static long timed(EntityManager em, Supplier<?> work) {
        em.clear();
        em.getTransaction().begin();
        long t0 = System.nanoTime();
        work.get();
        long took = PortalBenchmark.ms(t0);
        em.getTransaction().commit();
        return took;
    }

    static <T> T inject(T target, String field, Object value) {
        try {
            var f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(target.getClass().getSimpleName() + "." + field, e);
        }
    }

    /** The benchmark has no observers of InventoryChanged. */
    private static final class NoEvents implements Event<InventoryChanged> {
        @Override
        public void fire(InventoryChanged event) {
        }

        @Override
        public <U extends InventoryChanged> CompletionStage<U> fireAsync(U event) {
            return java.util.concurrent.CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends InventoryChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return java.util.concurrent.CompletableFuture.completedFuture(event);
        }

        @Override
        public Event<InventoryChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends InventoryChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends InventoryChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
