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
 * <p>The data source reads its URL and credentials from the environment ({@code PORTCULLIS_DB_URL} and friends), with
 * the embedded H2 file {@code ./data/portcullis} as default. (Payara resolves these while deploying, before the
 * application's own MicroProfile Config sources exist, hence environment variables rather than config keys.)
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "${ENV=PORTCULLIS_DB_DATASOURCE:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=PORTCULLIS_DB_URL:jdbc:h2:file:./data/portcullis}",
        user = "${ENV=PORTCULLIS_DB_USER:portcullis}",
        password = "${ENV=PORTCULLIS_DB_PASSWORD:portcullis}",
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
