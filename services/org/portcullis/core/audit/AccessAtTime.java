package org.portcullis.core.audit;

import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.requests.ObjectKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Who had access to X at time D, and through which request?" answered by replaying the inventory changes of the
 * audit history up to D: role assignments for a role, service permissions for a destination workload (its callers).
 * Feed the changes in sequence order with {@link #accept}; {@link #holders} gives the answer.
 *
 * <p>Rules: a create grants from its time; an update keeps the grant (the holder keeps its "since") and takes the new
 * terms (expiry) and adds its request; a delete ends it. An update of a grant never seen created (history that
 * started later) grants from the update. Changes after D are ignored. A grant whose {@code expiresAt} is at or
 * before D did not give access at D, even if the portal revoked it only later.
 */
public final class AccessAtTime {

    /** What is asked about: a role (who held it) or a workload (who could call it). */
    public record Target(Kind kind, String name) {
        public enum Kind { ROLE, WORKLOAD }

        public Target {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }

        public static Target role(String name) {
            return new Target(Kind.ROLE, name);
        }

        public static Target workload(String name) {
            return new Target(Kind.WORKLOAD, name);
        }
    }

    /**
     * One inventory change from the history.
     *
     * @param action    the audit action: {@code inventory.created}, {@code inventory.updated} or
     *                  {@code inventory.deleted}; others are ignored
     * @param before    the object before (a {@link RoleAssignmentSpec} or {@link ServicePermissionSpec}), or null
     * @param after     the object after, or null
     * @param requestId the change request that made the change, or null
     */
    public record Change(Instant at, String action, ObjectKind kind, String key, Object before, Object after,
                         Long requestId) {
    }

    /**
     * Someone holding access at the asked time.
     *
     * @param subjectKind "PERSON" or "WORKLOAD"
     * @param since       when this continuous grant began
     * @param expiresAt   when it ends, or null (permanent)
     * @param requestIds  the requests that created and later changed it, oldest first
     * @param detail      what the grant allows, in a few words (for a call permission: methods, paths, ports)
     */
    public record Holder(String subjectKind, String subject, Instant since, Instant expiresAt, List<Long> requestIds,
                         String detail) {
        public Holder {
            requestIds = List.copyOf(requestIds);
        }

        /** The request whose terms are in force: the newest one. */
        public Long latestRequest() {
            return requestIds.isEmpty() ? null : requestIds.getLast();
        }

        Holder changedBy(Grant terms, Long requestId) {
            var ids = new ArrayList<>(requestIds);
            if (requestId != null && !ids.contains(requestId)) {
                ids.add(requestId);
            }
            return new Holder(subjectKind, subject, since, terms.expiresAt(), ids, terms.detail());
        }
    }

    static final String CREATED = "inventory.created";
    static final String UPDATED = "inventory.updated";
    static final String DELETED = "inventory.deleted";

    private final Target target;
    private final Instant at;
    private final Map<String, Holder> holders = new LinkedHashMap<>();

    private AccessAtTime(Target target, Instant at) {
        this.target = Objects.requireNonNull(target, "target");
        this.at = Objects.requireNonNull(at, "at");
    }

    public static AccessAtTime of(Target target, Instant at) {
        return new AccessAtTime(target, at);
    }

    /** Replays all changes (in sequence order) and returns the holders at the asked time. */
    public static List<Holder> replay(Target target, Instant at, Iterable<Change> changes) {
        var replay = of(target, at);
        changes.forEach(replay::accept);
        return replay.holders();
    }

    /** The object kind whose changes matter for this target. */
    public static ObjectKind kindFor(Target target) {
        return target.kind() == Target.Kind.ROLE ? ObjectKind.ROLE_ASSIGNMENT : ObjectKind.SERVICE_PERMISSION;
    }

    public void accept(Change change) {
        if (change.at().isAfter(at) || change.kind() != kindFor(target)) {
            return;
        }
        var before = grantOf(change.before());
        var after = grantOf(change.after());
        switch (change.action()) {
            case CREATED -> {
                if (after != null) {
                    holders.put(after.subjectKey(), new Holder(after.subjectKind(), after.subject(), change.at(),
                            after.expiresAt(), change.requestId() == null ? List.of() : List.of(change.requestId()),
                            after.detail()));
                }
            }
            case UPDATED -> {
                if (before != null && (after == null || !after.subjectKey().equals(before.subjectKey()))) {
                    holders.remove(before.subjectKey());
                }
                if (after != null) {
                    var held = holders.get(after.subjectKey());
                    holders.put(after.subjectKey(), held != null ? held.changedBy(after, change.requestId())
                            : new Holder(after.subjectKind(), after.subject(), change.at(), after.expiresAt(),
                            change.requestId() == null ? List.of() : List.of(change.requestId()), after.detail()));
                }
            }
            case DELETED -> {
                var gone = before != null ? before : after;
                if (gone != null) {
                    holders.remove(gone.subjectKey());
                }
            }
            default -> {
            }
        }
    }

    /** The holders at the asked time, by subject; grants expired by then are left out. */
    public List<Holder> holders() {
        return holders.values().stream()
                .filter(h -> h.expiresAt() == null || h.expiresAt().isAfter(at))
                .sorted(Comparator.comparing(Holder::subjectKind).thenComparing(Holder::subject))
                .toList();
    }

    /** A grant of the target, reduced to what the answer needs; null when the object is not about the target. */
    private Grant grantOf(Object spec) {
        return switch (spec) {
            case RoleAssignmentSpec a when target.kind() == Target.Kind.ROLE && target.name().equals(a.role()) ->
                    new Grant(a.subjectKind().name(), a.subject(), a.expiresAt(), "role " + a.role());
            case ServicePermissionSpec p when target.kind() == Target.Kind.WORKLOAD
                    && target.name().equals(p.destination()) ->
                    new Grant("WORKLOAD", p.source(), p.expiresAt(), describe(p));
            case null, default -> null;
        };
    }

    private static String describe(ServicePermissionSpec p) {
        return "methods " + any(p.methods()) + "; paths " + any(p.paths()) + "; ports " + any(p.ports())
                + (p.requiredRole() == null ? "" : "; end-user role " + p.requiredRole())
                + (p.dryRun() ? "; dry-run" : "");
    }

    private static String any(List<?> values) {
        return values.isEmpty() ? "any" : String.join(",", values.stream().map(String::valueOf).toList());
    }

    private record Grant(String subjectKind, String subject, Instant expiresAt, String detail) {
        String subjectKey() {
            return subjectKind + ":" + subject;
        }
    }
}
