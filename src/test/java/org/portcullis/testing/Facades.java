package org.portcullis.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import org.portcullis.audit.AuditTrail;
import org.portcullis.audit.ClientAddress;
import org.portcullis.inventory.Inventory;
import org.portcullis.persistence.inventory.InventoryStore;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.InventoryChanged;
import org.portcullis.requests.InventoryChanges;
import org.portcullis.requests.RequestApplication;
import org.portcullis.requests.RequestDecisions;
import org.portcullis.requests.RequestNotApplied;
import org.portcullis.security.CurrentUser;
import org.portcullis.security.PortalRoles;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The production facades wired by hand to one EclipseLink EntityManager, outside the container: for tests that call a
 * facade directly (as a crafted request would, bypassing the UI) and for benchmarks. The caller manages transactions;
 * the container's @Transactional boundaries are not there.
 */
public final class Facades {

    public final CurrentUser currentUser = new CurrentUser();
    public final Inventory inventory;
    public final ChangeRequests requests;
    public final RequestDecisions decisions;
    public final RequestApplication application;
    public final List<InventoryChanged> fired = new ArrayList<>();
    public final List<RequestNotApplied> notApplied = new ArrayList<>();
    private final List<Consumer<RequestNotApplied>> notAppliedObservers = new ArrayList<>();

    private final EntityManager em;

    public Facades(EntityManager em, Clock clock) {
        this.em = em;
        var store = inject(new InventoryStore(), "em", em);
        inventory = inject(inject(inject(new Inventory(), "em", em), "store", store), "currentUser", currentUser);
        var roles = inject(inject(inject(new PortalRoles(), "em", em), "currentUser", currentUser), "clock", clock);
        var audit = inject(inject(inject(new AuditTrail(), "em", em), "clock", clock), "clientAddress", new ClientAddress());
        var changes = inject(new InventoryChanges(), "store", store);
        var ended = new RecordingEvents<>(notApplied, notAppliedObservers);
        decisions = inject(inject(inject(inject(new RequestDecisions(), "em", em), "clock", clock), "audit", audit),
                "notApplied", ended);
        var events = new RecordingEvents<>(fired, List.of());
        application = inject(inject(inject(inject(inject(inject(new RequestApplication(), "em", em), "inventory",
                changes), "clock", clock), "audit", audit), "changed", events), "notApplied", ended);
        requests = new ChangeRequests();
        for (var f : Map.of("em", em, "currentUser", currentUser, "portalRoles", roles, "inventory", changes,
                "decisions", decisions, "application", application, "clock", clock, "audit", audit,
                "changed", events).entrySet()) {
            inject(requests, f.getKey(), f.getValue());
        }
    }

    /** Delivers {@link RequestNotApplied} to {@code observer} as CDI would: synchronously, in the firing transaction. */
    public Facades observe(Consumer<RequestNotApplied> observer) {
        notAppliedObservers.add(observer);
        return this;
    }

    /**
     * Runs {@code work} in one transaction of the facades' EntityManager, as a facade call from the UI would, and
     * clears the persistence context afterwards so the next call reads from the database.
     */
    public <T> T tx(java.util.function.Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    /** Acts as {@code username} from now on (what a successful sign-in does to the session). */
    public Facades as(String username) {
        try {
            var signIn = CurrentUser.class.getDeclaredMethod("signIn", String.class);
            signIn.setAccessible(true);
            signIn.invoke(currentUser, username);
            return this;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T inject(T target, String field, Object value) {
        try {
            var f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(target.getClass().getSimpleName() + "." + field, e);
        }
    }

    private record RecordingEvents<T>(List<T> fired, List<Consumer<T>> observers) implements Event<T> {
        @Override
        public void fire(T event) {
            fired.add(event);
            observers.forEach(observer -> observer.accept(event));
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            fire(event);
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
