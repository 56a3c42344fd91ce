package org.portcullis.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Persistence;
import org.portcullis.inventory.PageRequest;
import org.portcullis.testing.Facades;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            var portal = new Facades(em, Clock.systemUTC()).as("alice");
            var inventory = portal.inventory;
            var requests = portal.requests;
            var decisions = portal.decisions;
            var application = portal.application;

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
}
