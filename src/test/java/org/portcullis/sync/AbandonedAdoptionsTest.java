package org.portcullis.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.bootstrap.DemoData;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.requests.RequestState;
import org.portcullis.persistence.TestDatabase;
import org.portcullis.persistence.sync.SyncAdoption;
import org.portcullis.persistence.sync.SyncStore;
import org.portcullis.requests.ItemDraft;
import org.portcullis.requests.RequestNotApplied;
import org.portcullis.testing.Facades;

/**
 * An adoption of an unmanaged realm user waits for its change request: when the request ends without being applied,
 * the adoption goes with it (it used to stay behind, and the user could never be adopted again).
 */
class AbandonedAdoptionsTest {

    static final String MALLORY = "user/mallory";

    private TestDatabase db;
    private EntityManager em;
    private Facades portal;
    private SyncStore store;

    @BeforeEach
    void seed() {
        db = TestDatabase.fresh();
        em = db.entityManager();
        store = Facades.inject(new SyncStore(), "em", em);
        var observer = Facades.inject(new AbandonedAdoptions(), "store", store);
        portal = new Facades(em, Clock.systemUTC()).observe(observer::onRequestNotApplied);
        tx(() -> portal.requests.applyAsSystem("Demo", "seed", DemoData.items()));
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    /** What KeycloakSync.adopt does for an unmanaged user: a request adding the person, and the adoption row. */
    private long adoptMallory() {
        portal.as("alice");
        return tx(() -> {
            long id = portal.requests.submit("Adopt Keycloak " + MALLORY, "found in the realm",
                    List.of(ItemDraft.create(new PersonSpec("mallory", "mallory@example.org", "Mallory", true))));
            store.add(new SyncAdoption(MALLORY, id, "alice", Clock.systemUTC().instant()));
            return id;
        });
    }

    static Stream<Arguments> shouldDropTheAdoption() {
        return Stream.of(
                Arguments.of(RequestState.REJECTED),
                Arguments.of(RequestState.WITHDRAWN),
                Arguments.of(RequestState.FAILED));
    }

    @ParameterizedTest(name = "request {0}")
    @MethodSource
    void shouldDropTheAdoption(RequestState end) {
        long id = adoptMallory();
        long version = tx(() -> portal.requests.detail(id).version());

        tx(() -> {
            switch (end) {
                case REJECTED -> portal.decisions.reject(id, version, "bob", true, "we do not know mallory");
                case WITHDRAWN -> portal.decisions.withdraw(id, version, "alice");
                default -> portal.application.markFailed(id, "the person exists meanwhile");
            }
            return null;
        });

        assertThat(portal.notApplied).containsExactly(new RequestNotApplied(id, end));
        assertThat(tx(() -> store.isAdopting(MALLORY))).isFalse();
        adoptMallory(); // and it can be adopted again
        assertThat(tx(() -> store.isAdopting(MALLORY))).isTrue();
    }

    @Test
    void approvedAdoptionStaysUntilTheSyncTakesTheUserOver() {
        long id = adoptMallory();
        long version = tx(() -> portal.requests.detail(id).version());
        tx(() -> portal.decisions.approve(id, version, "bob", true, "ok"));
        tx(() -> {
            portal.application.apply(id);
            return null;
        });

        assertThat(portal.notApplied).isEmpty();
        assertThat(tx(() -> store.adoptableKeys())).containsExactly(MALLORY);
    }

    @Test
    void adoptionLeftBehindBeforeTheFixIsDroppedWhenAdoptingAgain() {
        long id = adoptMallory();
        tx(() -> em.createQuery("UPDATE ChangeRequest r SET r.state = :rejected WHERE r.id = :id")
                .setParameter("rejected", RequestState.REJECTED).setParameter("id", id).executeUpdate());

        assertThat(tx(() -> store.removeAbandonedAdoptions())).isEqualTo(1);
        assertThat(tx(() -> store.isAdopting(MALLORY))).isFalse();
    }

    private <T> T tx(Supplier<T> work) {
        return portal.tx(work);
    }
}
