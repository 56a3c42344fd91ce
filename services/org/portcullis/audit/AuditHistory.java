package org.portcullis.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.portcullis.core.audit.AccessAtTime;
import org.portcullis.core.audit.EnforcementAtTime;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.persistence.DatabaseMigrations;
import org.portcullis.requests.SpecJson;
import org.portcullis.security.CurrentUser;
import org.portcullis.security.PortalRoles;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The audit history for auditors and security admins: search it, read one event, follow one object, ask who had
 * access at a point in time, verify the chain and export it. Read-only: nothing here changes or deletes an event;
 * verifications and exports add events of their own.
 */
@ApplicationScoped
@Transactional
public class AuditHistory {

    private static final String[] READERS = {RoleSpec.SECURITY_ADMIN, RoleSpec.AUDITOR};

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;
    @Inject
    PortalRoles portalRoles;
    @Inject
    CurrentUser currentUser;
    @Inject
    ChainVerification verification;
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;
    @Inject
    AuditExports exports;

    /** Whether the signed-in person may read the history (to show or hide it). */
    public boolean mayRead() {
        return currentUser.username().map(u -> {
            var roles = portalRoles.of(u);
            return Arrays.stream(READERS).anyMatch(roles::contains);
        }).orElse(false);
    }

    /** Events matching {@code filter}, newest first, rows {@code offset .. offset + limit}. */
    public List<AuditViews.Row> page(AuditFilter filter, int offset, int limit) {
        requireReader();
        return query(c -> AuditQueries.page(c, filter, Math.max(0, offset), Math.clamp(limit, 1, 500)));
    }

    /** How many events match, up to {@link AuditQueries#COUNT_CAP} + 1 (more than the cap: show "10,000+"). */
    public long count(AuditFilter filter) {
        requireReader();
        return query(c -> AuditQueries.cappedCount(c, filter));
    }

    /** One event in full, before/after pretty-printed. */
    public Optional<AuditViews.Detail> event(long sequence) {
        requireReader();
        var records = new ArrayList<org.portcullis.core.audit.AuditRecord>();
        query(c -> AuditQueries.stream(c, AuditQueries.event(sequence), records::add));
        return records.stream().findFirst().map(r -> new AuditViews.Detail(
                new AuditViews.Row(r.sequence(), r.at(), r.actor(), r.action(), r.objectType(), r.objectName(),
                        r.changeRequest()),
                SpecJson.pretty(r.before()), SpecJson.pretty(r.after()), r.clientAddress(), r.previousHash(),
                r.hash()));
    }

    /** The newest events about one object (e.g. {@code WORKLOAD}, {@code llm-service}). */
    public List<AuditViews.Row> history(String objectType, String objectName, int limit) {
        return page(AuditFilter.object(objectType, objectName), 0, limit);
    }

    /**
     * Who held role X (or: which workloads could call workload X) at {@code at}, since when, until when, and through
     * which requests approved by whom — replayed from the inventory events up to {@code at}.
     */
    public List<AuditViews.AccessHolder> whoHadAccess(AccessAtTime.Target target, Instant at) {
        requireReader();
        var replay = AccessAtTime.of(target, at);
        var kind = AccessAtTime.kindFor(target);
        query(c -> AuditQueries.stream(c, inventoryChanges(target, at), r -> {
            replay.accept(new AccessAtTime.Change(r.at(), r.action(), kind, r.objectName(),
                    SpecJson.read(kind, r.before()), SpecJson.read(kind, r.after()), r.changeRequest()));
            return true;
        }));
        return query(c -> {
            var answer = new ArrayList<AuditViews.AccessHolder>();
            for (var h : replay.holders()) {
                var approvers = new LinkedHashSet<String>();
                for (Long request : h.requestIds()) {
                    approvers.addAll(approversOf(c, request));
                }
                answer.add(new AuditViews.AccessHolder(h.subjectKind(), h.subject(), h.since(), h.expiresAt(),
                        h.requestIds(), List.copyOf(approvers), h.detail()));
            }
            return answer;
        });
    }

    /**
     * Whether the namespace of workload {@code workload} was in Istio dry-run at {@code at} (its authorization
     * policies logged, not enforced), replayed from the workload's and the namespaces' inventory events.
     */
    public Optional<EnforcementAtTime.DryRun> dryRunAt(String workload, Instant at) {
        requireReader();
        var changes = new ArrayList<AccessAtTime.Change>();
        var sql = new AuditQueries.Sql("SELECT " + AuditQueries.ALL_COLUMNS + " FROM audit_event"
                + " WHERE ((object_type = ? AND object_name = ?) OR object_type = ?) AND at <= ?"
                + " AND action IN (?, ?, ?) ORDER BY sequence",
                List.of(ObjectKind.WORKLOAD.name(), workload, ObjectKind.NAMESPACE.name(),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC), AuditActions.INVENTORY_CREATED,
                        AuditActions.INVENTORY_UPDATED, AuditActions.INVENTORY_DELETED));
        query(c -> AuditQueries.stream(c, sql, r -> {
            var kind = ObjectKind.valueOf(r.objectType());
            changes.add(new AccessAtTime.Change(r.at(), r.action(), kind, r.objectName(),
                    SpecJson.read(kind, r.before()), SpecJson.read(kind, r.after()), r.changeRequest()));
            return true;
        }));
        return EnforcementAtTime.replay(workload, at, changes);
    }

    /**
     * Starts a verification of the whole chain in the background (about 9 s at a million events) and returns at
     * once; the caller's permission is checked now, on the calling thread.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public java.util.concurrent.CompletableFuture<AuditViews.VerificationReport> verifyInBackground() {
        var actor = requireReader();
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> verification.run(actor), executor);
    }

    /** The newest verification since the portal started (by anyone or the scheduled job). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<AuditViews.VerificationReport> lastVerification() {
        requireReader();
        return verification.last();
    }

    /** Streams the filtered events to {@code out}; the export is recorded as an {@code audit.exported} event. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuditExports.Result export(AuditFilter filter, AuditExports.Format format, Writer out) throws IOException {
        return exports.write(filter, format, out, requireReader());
    }

    /** Every action name the portal writes, for a filter choice. */
    public List<String> actions() {
        return Arrays.stream(AuditActions.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).sorted().toList();
    }

    /** The object types events carry: inventory kinds, requests, people (sign-ins) and the audit chain itself. */
    public List<String> objectTypes() {
        return Stream.concat(Arrays.stream(ObjectKind.values()).map(Enum::name),
                Stream.of("request", "person", "audit")).toList();
    }

    private String requireReader() {
        return portalRoles.requireAny(READERS);
    }

    private static AuditQueries.Sql inventoryChanges(AccessAtTime.Target target, Instant at) {
        var kind = AccessAtTime.kindFor(target).name();
        var name = target.kind() == AccessAtTime.Target.Kind.ROLE
                ? AuditQueries.escape(target.name()) + " → %"      // "ml-user → person dave"
                : "%->" + AuditQueries.escape(target.name());       // "api-gateway->llm-service"
        return new AuditQueries.Sql("SELECT " + AuditQueries.ALL_COLUMNS + " FROM audit_event"
                + " WHERE object_type = ? AND object_name LIKE ? ESCAPE '\\' AND at <= ?"
                + " AND action IN (?, ?, ?) ORDER BY sequence",
                List.of(kind, name, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), AuditActions.INVENTORY_CREATED,
                        AuditActions.INVENTORY_UPDATED, AuditActions.INVENTORY_DELETED));
    }

    /** Who approved a request: the approval events' actors, or the portal itself for requests it applied alone. */
    private static List<String> approversOf(Connection c, long request) throws SQLException {
        var sql = new AuditQueries.Sql("SELECT actor, action FROM audit_event WHERE change_request = ?"
                + " AND action IN (?, ?, ?) ORDER BY sequence", List.of(request, AuditActions.REQUEST_APPROVAL,
                AuditActions.REQUEST_APPROVED, AuditActions.REQUEST_APPLIED));
        var approvers = new ArrayList<String>();
        String appliedBy = null;
        try (var statement = sql.prepare(c); var rs = statement.executeQuery()) {
            while (rs.next()) {
                if (AuditActions.REQUEST_APPLIED.equals(rs.getString(2))) {
                    appliedBy = rs.getString(1);
                } else if (!approvers.contains(rs.getString(1))) {
                    approvers.add(rs.getString(1));
                }
            }
        }
        if (approvers.isEmpty() && AuditTrail.SYSTEM.equals(appliedBy)) {
            approvers.add(AuditTrail.SYSTEM);
        }
        return approvers;
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T query(Work<T> work) {
        try (var connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit history", e);
        }
    }
}
