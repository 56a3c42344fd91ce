package org.portcullis.bench;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a generated inventory straight into a migrated database with JDBC batches: {@code workloads} workloads in
 * 100 namespaces and 4 zones, {@code people} people (the first three are alice and bob, security admins, and dave),
 * and {@code permissions} distinct source → destination permissions. Deterministic for a given seed.
 */
public final class LargeInventory {

    private LargeInventory() {
    }

    public static void generate(String url, int workloads, int people, int permissions, long seed) throws SQLException {
        Flyway.configure().dataSource(url, "portcullis", "portcullis").locations("classpath:db/migration").load().migrate();
        var random = new Random(seed);
        try (var db = DriverManager.getConnection(url, "portcullis", "portcullis")) {
            db.setAutoCommit(false);
            var zones = new ArrayList<UUID>();
            try (var st = db.prepareStatement("INSERT INTO trust_zone VALUES (?, 0, ?, ?, ?, 'STRICT')")) {
                String[][] z = {{"edge", "LOW"}, {"processing", "MEDIUM"}, {"model-serving", "HIGH"}, {"data", "HIGH"}};
                for (String[] zone : z) {
                    var id = UUID.randomUUID();
                    zones.add(id);
                    st.setObject(1, id);
                    st.setString(2, zone[0]);
                    st.setString(3, "generated zone " + zone[0]);
                    st.setString(4, zone[1]);
                    st.addBatch();
                }
                st.executeBatch();
            }
            var personIds = new ArrayList<UUID>();
            try (var st = db.prepareStatement("INSERT INTO person VALUES (?, 0, ?, ?, ?, TRUE, NULL)")) {
                for (int i = 0; i < people; i++) {
                    var name = i == 0 ? "alice" : i == 1 ? "bob" : i == 2 ? "dave" : "person-" + i;
                    var id = UUID.randomUUID();
                    personIds.add(id);
                    st.setObject(1, id);
                    st.setString(2, name);
                    st.setString(3, name + "@example.org");
                    st.setString(4, "Person " + name);
                    st.addBatch();
                }
                st.executeBatch();
            }
            var roles = new ArrayList<UUID>();
            try (var st = db.prepareStatement("INSERT INTO portal_role VALUES (?, 0, ?, ?)")) {
                for (String role : List.of("security-admin", "auditor", "ml-user", "ml-engineer", "vector-reader")) {
                    var id = UUID.randomUUID();
                    roles.add(id);
                    st.setObject(1, id);
                    st.setString(2, role);
                    st.setString(3, "generated role " + role);
                    st.addBatch();
                }
                st.executeBatch();
            }
            try (var st = db.prepareStatement("INSERT INTO role_assignment VALUES (?, 0, ?, ?, NULL, NULL)")) {
                for (int admin = 0; admin < 2; admin++) {
                    st.setObject(1, UUID.randomUUID());
                    st.setObject(2, roles.getFirst());
                    st.setObject(3, personIds.get(admin));
                    st.addBatch();
                }
                st.executeBatch();
            }
            var workloadIds = new ArrayList<UUID>();
            try (var st = db.prepareStatement("INSERT INTO workload VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
                String[] classes = {"PUBLIC", "INTERNAL", "CONFIDENTIAL", "PII"};
                for (int i = 0; i < workloads; i++) {
                    var id = UUID.randomUUID();
                    workloadIds.add(id);
                    var name = "svc-" + i;
                    st.setObject(1, id);
                    st.setString(2, name);
                    st.setString(3, "ns-" + (i % 100));
                    st.setString(4, name);
                    st.setObject(5, zones.get(i % zones.size()));
                    st.setString(6, classes[random.nextInt(classes.length)]);
                    st.setObject(7, personIds.get(3 + random.nextInt(people - 3)));
                    st.setString(8, "app=" + name);
                    st.setString(9, "8080");
                    st.addBatch();
                    flushEvery(st, i);
                }
                st.executeBatch();
            }
            try (var st = db.prepareStatement("INSERT INTO service_permission VALUES (?, 0, ?, ?, 'GET,POST', '/api/*', '8080', NULL, NULL, FALSE)")) {
                var seen = new java.util.HashSet<Long>();
                int made = 0;
                while (made < permissions) {
                    int source = random.nextInt(workloads);
                    int destination = random.nextInt(workloads);
                    if (source == destination || !seen.add((long) source * workloads + destination)) {
                        continue;
                    }
                    st.setObject(1, UUID.randomUUID());
                    st.setObject(2, workloadIds.get(source));
                    st.setObject(3, workloadIds.get(destination));
                    st.addBatch();
                    flushEvery(st, made++);
                }
                st.executeBatch();
            }
            db.commit();
        }
    }

    private static void flushEvery(PreparedStatement st, int i) throws SQLException {
        if (i % 1000 == 999) {
            st.executeBatch();
        }
    }

    static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    static Connection open(String url) throws SQLException {
        return DriverManager.getConnection(url, "portcullis", "portcullis");
    }
}
