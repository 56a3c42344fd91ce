package org.portcullis.core.sync;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * What a sync run reads and plans: the whole realm, or only a {@link SyncScope}; with the reason, for the run record.
 * When in doubt it is the whole realm: a targeted sync is only chosen when the realm synced last is known.
 *
 * @param scope null: the whole realm
 */
public record SyncTarget(SyncScope scope, String reason) {

    /** Users, roles and clients come in pages of this size in a whole-realm read. */
    public static final int READ_PAGE = 500;

    public SyncTarget {
        Objects.requireNonNull(reason, "reason");
    }

    public static SyncTarget wholeRealm(String reason) {
        return new SyncTarget(null, reason);
    }

    /**
     * The scope of what changed since {@code synced} (the desired realm of the last successful run, every step of it
     * applied), unless reading the whole realm is as cheap.
     *
     * @param synced null when unknown: then the whole realm
     * @param adopt  keys of objects an adoption takes over: always in scope
     */
    public static SyncTarget choose(DesiredRealm synced, DesiredRealm desired, Collection<String> adopt) {
        if (synced == null) {
            return wholeRealm("no synced state to compare with");
        }
        SyncScope scope = SyncScope.between(synced, desired, adopt);
        if (scope.estimatedReads() >= wholeRealmReads(desired)) {
            return wholeRealm(scope.describe() + " changed: reading the whole realm costs no more");
        }
        return new SyncTarget(scope, scope.isEmpty() ? "nothing changed since the last sync"
                : scope.describe() + " changed since the last sync");
    }

    /**
     * Requests of a whole-realm read of a realm like {@code desired}: the pages of users, roles and clients, and
     * the members of every managed role.
     */
    static int wholeRealmReads(DesiredRealm desired) {
        return pages(desired.users().size()) + pages(desired.roles().size()) + pages(desired.clients().size())
                + desired.roles().size();
    }

    private static int pages(int objects) {
        return objects / READ_PAGE + 1;
    }

    public boolean isWholeRealm() {
        return scope == null;
    }

    /** The plan for this target: the full plan, or the part of it that touches the objects in scope. */
    public SyncPlan plan(DesiredRealm desired, CurrentRealm current, Set<String> adopt) {
        return isWholeRealm() ? SyncPlanner.plan(desired, current, adopt)
                : SyncPlanner.plan(desired, current, adopt, scope);
    }

    /** Whether a drift entry or step about {@code key} is decided by a run with this target. */
    public boolean covers(String key) {
        return isWholeRealm() || scope.covers(key);
    }

    @Override
    public String toString() {
        return (isWholeRealm() ? "whole realm" : "targeted (" + scope.describe() + ")") + ": " + reason;
    }
}
