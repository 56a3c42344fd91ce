package org.portcullis.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** A fresh H2 file database with the production migrations, and the production entities mapped on it. */
public final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final String url;

    private TestDatabase(String url) {
        this.url = url;
        Flyway.configure().dataSource(url, "portcullis", "portcullis").locations("classpath:db/migration").load().migrate();
        this.factory = Persistence.createEntityManagerFactory("portcullis-test", Map.of("jakarta.persistence.jdbc.url", url));
    }

    public static TestDatabase fresh() {
        try {
            var dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "db-");
            return new TestDatabase("jdbc:h2:file:" + dir.resolve("portcullis"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return url;
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** Runs {@code work} in one committed transaction. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        var em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
