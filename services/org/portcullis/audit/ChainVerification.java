package org.portcullis.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.portcullis.core.audit.ChainHead;
import org.portcullis.core.audit.ChainVerifier;
import org.portcullis.core.audit.Verification;
import org.portcullis.persistence.DatabaseMigrations;
import org.portcullis.requests.SpecJson;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies the whole stored chain in sequence order, in constant memory (a forward-only cursor feeding
 * {@link ChainVerifier}), then records an {@code audit.verified} event with the outcome. Runs outside any transaction
 * while it reads, so a long verification holds no locks and PostgreSQL can use a cursor.
 *
 * <p>It remembers the head of the last intact run and passes it to the next run as a known head: a chain recomputed
 * in the database between two runs is then reported as REWRITTEN, not as intact (for the life of this process; heads
 * kept outside, such as export trailers, cover the rest).
 */
@ApplicationScoped
public class ChainVerification {

    private static final Logger LOG = Logger.getLogger(ChainVerification.class.getName());

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;
    @Inject
    AuditAppend append;
    @Inject
    Clock clock;

    private volatile AuditViews.VerificationReport last;
    private volatile ChainHead lastIntactHead;

    /** Verifies now as {@code actor}; logs a SEVERE line when the chain is broken. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuditViews.VerificationReport run(String actor) {
        var started = clock.instant();
        long start = System.nanoTime();
        var known = lastIntactHead;
        var verifier = known == null ? ChainVerifier.fromGenesis() : ChainVerifier.fromGenesis(known);
        try (var connection = dataSource.getConnection()) {
            readAll(connection, verifier);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit history to verify it", e);
        }
        var result = verifier.finish();
        var report = report(result, actor, started, (System.nanoTime() - start) / 1_000_000);
        if (result.isIntact()) {
            lastIntactHead = report.head();
        } else {
            LOG.log(Level.SEVERE, "AUDIT CHAIN BROKEN: " + result.summary());
        }
        append.record(AuditTrail.Event.of(actor, AuditActions.AUDIT_VERIFIED).about("audit", "chain")
                .change(null, SpecJson.write(outcome(report))));
        last = report;
        return report;
    }

    /** The outcome of the newest run since the portal started. */
    public Optional<AuditViews.VerificationReport> last() {
        return Optional.ofNullable(last);
    }

    private static void readAll(Connection connection, ChainVerifier verifier) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            AuditQueries.streamAll(connection, AuditFilter.NONE, verifier::accept);
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static AuditViews.VerificationReport report(Verification result, String actor, java.time.Instant at,
                                                        long millis) {
        return switch (result) {
            case Verification.Intact intact -> new AuditViews.VerificationReport(at, actor, true, intact.summary(),
                    null, null, intact.head(), intact.count(), millis);
            case Verification.Broken broken -> new AuditViews.VerificationReport(at, actor, false, broken.summary(),
                    broken.event(), broken.kind().name(), broken.lastIntact(), broken.count(), millis);
        };
    }

    private static java.util.Map<String, Object> outcome(AuditViews.VerificationReport report) {
        var outcome = new LinkedHashMap<String, Object>();
        outcome.put("intact", report.intact());
        outcome.put("summary", report.summary());
        outcome.put("verifiedThrough", report.head().sequence());
        outcome.put("headHash", report.head().hash());
        outcome.put("count", report.count());
        if (!report.intact()) {
            outcome.put("brokenAt", report.brokenAt());
            outcome.put("kind", report.kind());
        }
        return outcome;
    }
}
