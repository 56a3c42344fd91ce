package org.portcullis.sync;

import org.portcullis.core.sync.Drift;
import org.portcullis.core.sync.SyncStep;

import java.time.Instant;
import java.util.List;

/**
 * The result of a drift check: the realm compared with the approved model, nothing sent.
 *
 * @param reverts managed objects that differ from the model (edited by hand, or changes not synced yet): a sync
 *                reverts them
 * @param drift   realm objects Portcullis does not manage: left alone unless adopted
 * @param error   why the check could not read the realm (null when it could)
 */
public record DriftReport(Instant checkedAt, List<SyncStep> reverts, List<Drift> drift, String error) {

    public DriftReport {
        reverts = List.copyOf(reverts);
        drift = List.copyOf(drift);
    }

    public static DriftReport failed(Instant at, String error) {
        return new DriftReport(at, List.of(), List.of(), error);
    }

    public boolean clean() {
        return error == null && reverts.isEmpty() && drift.isEmpty();
    }
}
