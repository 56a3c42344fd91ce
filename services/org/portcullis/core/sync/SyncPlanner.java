package org.portcullis.core.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the steps from the current realm to the desired one. Order: roles, users and clients are created or
 * updated first, then mappings are added, then removed, then clients, users and roles are deleted — so a mapping
 * never refers to a missing object and a half-applied plan leaves nobody with a role they should not have had
 * longer than necessary. Deterministic: the same input gives the same plan.
 */
public final class SyncPlanner {

    private SyncPlanner() {
    }

    public static SyncPlan plan(DesiredRealm desired, CurrentRealm current) {
        return plan(desired, current, Set.of());
    }

    /**
     * @param adopt keys ({@code user/alice}) of unmanaged realm objects the model also has and an admin chose to
     *              adopt: they are updated to the model and marked managed instead of being reported as a name clash
     */
    public static SyncPlan plan(DesiredRealm desired, CurrentRealm current, Set<String> adopt) {
        return planAll(desired, current, adopt);
    }

    /**
     * The steps of the full plan that touch the objects in {@code scope}: users, roles and clients in it, and mappings
     * whose subject and role are both in it. Everything else in {@code desired} and {@code current} is ignored, so
     * {@code current} may hold only what a scoped read returned. Every step and drift entry of this plan is one of
     * the full plan's, because the planner decides an object from the object alone and a mapping from its two ends.
     */
    public static SyncPlan plan(DesiredRealm desired, CurrentRealm current, Set<String> adopt, SyncScope scope) {
        Objects.requireNonNull(scope, "scope");
        return planAll(scope.within(desired), scope.within(current), adopt);
    }

    private static SyncPlan planAll(DesiredRealm desired, CurrentRealm current, Set<String> adopt) {
        Objects.requireNonNull(desired, "desired");
        Objects.requireNonNull(current, "current");
        Planning planning = new Planning(Set.copyOf(adopt));
        planning.objects(desired.roles(), current.roles());
        planning.objects(desired.users(), current.users());
        planning.objects(desired.clients(), current.clients());
        planning.mappings(desired, current);
        return planning.result();
    }

    /** One run of the planner: collects the steps per phase, then concatenates the phases in applying order. */
    private static final class Planning {
        private final Set<String> adopt;
        private final List<SyncStep> upserts = new ArrayList<>();
        private final Map<ObjectKind, List<SyncStep>> deletes = new EnumMap<>(ObjectKind.class);
        private final List<SyncStep> mappingAdds = new ArrayList<>();
        private final List<SyncStep> mappingRemovals = new ArrayList<>();
        private final List<Drift> drift = new ArrayList<>();
        /** Keys of objects that will be managed once the plan is applied (created, updated, adopted or unchanged). */
        private final Set<String> managedAfter = new HashSet<>();
        /** Keys of managed objects that stay managed now (not deleted by this plan). */
        private final Set<String> managedNow = new HashSet<>();

        private Planning(Set<String> adopt) {
            this.adopt = adopt;
        }

        <T extends ManagedObject> void objects(List<T> desired, List<T> current) {
            Map<String, T> currentByName = RealmState.byName(current);
            Map<String, T> desiredByName = RealmState.byName(desired);
            for (T wanted : desiredByName.values()) {
                T existing = currentByName.get(wanted.name());
                if (existing == null) {
                    upserts.add(new SyncStep(SyncAction.CREATE, wanted, changes(null, wanted)));
                    managedAfter.add(wanted.key());
                } else if (isOurs(existing)) {
                    List<FieldChange> changes = changes(existing, wanted);
                    if (!changes.isEmpty()) {
                        upserts.add(new SyncStep(SyncAction.UPDATE, wanted, changes));
                    }
                    managedAfter.add(wanted.key());
                    managedNow.add(wanted.key());
                } else {
                    drift.add(new Drift(Drift.Type.NAME_CLASH, existing,
                            "the model has it, but the realm object is not managed by Portcullis: adopt it to manage it"));
                }
            }
            for (T existing : currentByName.values()) {
                if (desiredByName.containsKey(existing.name())) {
                    continue;
                }
                if (existing.managed()) {
                    deletes.computeIfAbsent(existing.kind(), kind -> new ArrayList<>())
                            .add(new SyncStep(SyncAction.DELETE, existing, changes(existing, null)));
                } else {
                    drift.add(new Drift(Drift.Type.UNMANAGED, existing,
                            "not managed by Portcullis: left alone (adopt it into the model to manage it)"));
                }
            }
        }

        private boolean isOurs(ManagedObject existing) {
            return existing.managed() || adopt.contains(existing.key());
        }

        void mappings(DesiredRealm desired, CurrentRealm current) {
            for (RoleMapping wanted : desired.mappings()) {
                if (isManagedAfter(wanted) && !current.mappings().contains(wanted)) {
                    mappingAdds.add(new SyncStep(SyncAction.CREATE, wanted, List.of()));
                }
            }
            for (RoleMapping existing : current.mappings()) {
                if (isManagedNow(existing) && !desired.mappings().contains(existing)) {
                    mappingRemovals.add(new SyncStep(SyncAction.DELETE, existing, List.of()));
                }
            }
        }

        private boolean isManagedAfter(RoleMapping mapping) {
            return managedAfter.contains(mapping.subjectKey()) && managedAfter.contains(roleKey(mapping));
        }

        /** Mappings of deleted subjects or roles vanish with them; mappings to Keycloak's own roles are not ours. */
        private boolean isManagedNow(RoleMapping mapping) {
            return managedNow.contains(mapping.subjectKey()) && managedNow.contains(roleKey(mapping));
        }

        private static String roleKey(RoleMapping mapping) {
            return new RealmRole(mapping.role(), null, true).key();
        }

        SyncPlan result() {
            List<SyncStep> steps = new ArrayList<>(upserts);
            steps.addAll(mappingAdds);
            steps.addAll(mappingRemovals);
            for (ObjectKind kind : List.of(ObjectKind.CLIENT, ObjectKind.USER, ObjectKind.ROLE)) {
                steps.addAll(deletes.getOrDefault(kind, List.of()));
            }
            return new SyncPlan(steps, drift);
        }

        private static List<FieldChange> changes(ManagedObject before, ManagedObject after) {
            Map<String, String> beforeFields = before == null ? null : before.fields();
            Map<String, String> afterFields = after == null ? null : after.fields();
            Map<String, String> shape = afterFields != null ? afterFields : beforeFields;
            List<FieldChange> changes = new ArrayList<>();
            for (String field : shape.keySet()) {
                String was = beforeFields == null ? null : beforeFields.get(field);
                String will = afterFields == null ? null : afterFields.get(field);
                if (!Objects.equals(was, will)) {
                    changes.add(new FieldChange(field, was, will));
                }
            }
            return changes;
        }
    }
}
