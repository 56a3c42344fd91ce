package org.portcullis.integrations.keycloak;

import org.portcullis.core.sync.SyncStep;

/** Told after each step of a plan has been applied; may be called from the applying thread only. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (step, done, total) -> { };

    /** @param done steps applied so far, this one included */
    void stepApplied(SyncStep step, int done, int total);
}
