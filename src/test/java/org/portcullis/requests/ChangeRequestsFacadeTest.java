package org.portcullis.requests;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.bootstrap.DemoData;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.requests.RequestState;
import org.portcullis.persistence.TestDatabase;
import org.portcullis.security.AccessDeniedException;
import org.portcullis.testing.Facades;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The requests facade called directly — as a crafted request that bypasses the UI would — on a real database with
 * the demo inventory: the rules hold in the service, not only in the pages.
 */
class ChangeRequestsFacadeTest {

    private TestDatabase db;
    private EntityManager em;
    private Facades portal;

    @BeforeEach
    void seed() {
        db = TestDatabase.fresh();
        em = db.entityManager();
        portal = new Facades(em, Clock.systemUTC());
        tx(() -> portal.requests.applyAsSystem("Demo", "seed", DemoData.items()));
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    private <T> T tx(Supplier<T> work) {
        return portal.tx(work);
    }

    private long request(String who, String role) {
        portal.as(who);
        return tx(() -> portal.requests.requestRoleForMe(role, Duration.ofHours(8), "needed for a test"));
    }

    private long version(long id) {
        return tx(() -> portal.requests.detail(id).version());
    }

    @Test
    void requesterCannotApproveOwnRequestEvenWithoutTheUi() {
        long id = request("alice", "ml-user");
        long v = version(id);
        assertThatThrownBy(() -> tx(() -> portal.decisions.approve(id, v, "alice", true, "me")))
                .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("own request");
        assertThat(tx(() -> portal.requests.detail(id).summary().state())).isEqualTo(RequestState.PENDING);
    }

    @Test
    void engineerCannotApproveAnything() {
        long id = request("erin", "ml-user");
        long v = version(id);
        assertThatThrownBy(() -> tx(() -> portal.decisions.approve(id, v, "dave", false, "")))
                .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("Only security admins");
    }

    @Test
    void approvalAppliesTheChangeAndFiresTheEventForTheSync() {
        long id = request("dave", "vector-reader");
        long v = version(id);
        tx(() -> portal.decisions.approve(id, v, "alice", true, "ok"));
        tx(() -> {
            portal.application.apply(id);
            return null;
        });
        portal.as("dave");
        assertThat(tx(() -> portal.inventory.assignmentsOf("dave"))).extracting(a -> a.role()).contains("vector-reader");
        assertThat(portal.fired).extracting(InventoryChanged::requestId).contains(id);
    }

    @Test
    void grantingSecurityAdminNeedsTwoDistinctApprovers() {
        long id = request("dave", "security-admin");
        long first = version(id);
        tx(() -> portal.decisions.approve(id, first, "alice", true, "one"));
        assertThat(tx(() -> portal.requests.detail(id).summary().state())).isEqualTo(RequestState.PENDING);
        long v = version(id);
        assertThatThrownBy(() -> tx(() -> portal.decisions.approve(id, v, "alice", true, "again")))
                .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("already approved");
        assertThat(tx(() -> portal.decisions.approve(id, v, "bob", true, "two"))).isEqualTo(RequestState.APPROVED);
    }

    @Test
    void staleVersionIsAConcurrentChangeNotASecondDecision() {
        long id = request("dave", "ml-user");
        long seen = version(id);
        tx(() -> portal.decisions.approve(id, seen, "alice", true, "first"));
        assertThatThrownBy(() -> tx(() -> portal.decisions.approve(id, seen, "bob", true, "second")))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void auditorsAndStrangersSeeOnlyWhatTheyMay() {
        long id = request("dave", "ml-user");
        portal.as("erin");
        assertThatThrownBy(() -> tx(() -> portal.requests.detail(id))).isInstanceOf(AccessDeniedException.class);
        portal.as("carol");
        assertThat(tx(() -> portal.requests.detail(id)).mayDecide()).isFalse();
        assertThat(tx(() -> portal.requests.all(10))).extracting(RequestViews.Summary::id).contains(id);
        portal.as("dave");
        assertThatThrownBy(() -> tx(() -> portal.requests.all(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invalidDraftSavesNothing() {
        portal.as("dave");
        long before = tx(() -> (long) portal.requests.mine().size());
        var bad = new RoleAssignmentSpec("no-such-role", SubjectKind.PERSON, "dave", null);
        assertThatThrownBy(() -> tx(() -> portal.requests.submit(null, "why not", List.of(ItemDraft.create(bad)))))
                .isInstanceOf(InvalidChangeException.class)
                .satisfies(e -> assertThat(((InvalidChangeException) e).errors()).extracting(f -> f.field()).contains("role"));
        assertThat(tx(() -> (long) portal.requests.mine().size())).isEqualTo(before);
    }
}
