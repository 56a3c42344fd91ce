package org.portcullis.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema to the newest version before anything else touches the database. The schema comes only from the
 * versioned scripts in {@code db/migration}; EclipseLink never generates DDL.
 *
 * <p>The data source reads its URL and credentials from MicroProfile Config, so {@code PORTCULLIS_DB_URL} and friends
 * in the environment override the embedded H2 default of {@code META-INF/microprofile-config.properties}.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "${MPCONFIG=portcullis.db.datasource}",
        url = "${MPCONFIG=portcullis.db.url}",
        user = "${MPCONFIG=portcullis.db.user}",
        password = "${MPCONFIG=portcullis.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/portcullis";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
