package org.portcullis.sync;

import org.portcullis.core.sync.DesiredRealm;
import org.portcullis.core.sync.SyncTarget;

import java.util.Collection;

/**
 * The desired realm of this portal's last successful run: every managed object in the realm was brought to it, so the
 * next run only needs to read and plan what differs from it ({@link SyncTarget#choose}). In memory only: after a
 * restart, a failure, a run of another portal instance, a "Sync now" or a drift check that found managed objects to
 * revert, the next run reads the whole realm again.
 */
final class SyncBaseline {

    private record Synced(long runId, DesiredRealm realm) {
    }

    private volatile Synced synced;

    /** Whole realm when in doubt; otherwise the objects that changed since the last synced realm. */
    SyncTarget targetFor(SyncLedger.Claim claim, DesiredRealm desired, Collection<String> adopt) {
        var last = synced;
        if (claim.byHand()) {
            return SyncTarget.wholeRealm("a sync of everything was asked for");
        }
        if (claim.retry()) {
            return SyncTarget.wholeRealm("retrying work of a failed run");
        }
        if (last == null) {
            return SyncTarget.wholeRealm("first run since the portal started, a failure or a drift check with reverts");
        }
        if (claim.previousRunId() == null || claim.previousRunId() != last.runId()) {
            return SyncTarget.wholeRealm("run #" + claim.previousRunId() + " was not this portal's last successful"
                    + " run (#" + last.runId() + ")");
        }
        return SyncTarget.choose(last.realm(), desired, adopt);
    }

    /** Run {@code runId} applied every step of its plan towards {@code realm}. */
    void synced(long runId, DesiredRealm realm) {
        synced = new Synced(runId, realm);
    }

    /** The realm may differ from the last synced state in ways nobody knows: the next run reads all of it. */
    void forget() {
        synced = null;
    }
}
