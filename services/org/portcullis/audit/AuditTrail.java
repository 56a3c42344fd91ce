package org.portcullis.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.core.audit.AuditChain;
import org.portcullis.core.audit.AuditContent;
import org.portcullis.core.audit.AuditWords;
import org.portcullis.persistence.audit.AuditEvent;
import org.portcullis.persistence.audit.AuditHead;
import org.portcullis.persistence.audit.AuditWord;

import java.time.Clock;

/**
 * Appends events to the hash-chained audit history. {@link #record} joins the caller's transaction (it is
 * {@code MANDATORY}): an event commits with what it records, or neither does. The event's words for the free-text
 * search ({@link AuditWords}, table {@code audit_word}) are written in the same transaction; they are an index
 * derived from the event, not part of the chain.
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor of what the portal does by itself (seed, bootstrap, expiry). */
    public static final String SYSTEM = "system";
    /** The actor of a failed sign-in: nobody is known yet. */
    public static final String ANONYMOUS = "anonymous";

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ClientAddress clientAddress;

    /** What happened, to what; the facade's own words go in {@code action} (e.g. "request.approved"). */
    public record Event(String actor, String action, String objectType, String objectName, Long changeRequest,
                        String before, String after) {
        public static Event of(String actor, String action) {
            return new Event(actor, action, null, null, null, null, null);
        }

        public Event about(String type, String name) {
            return new Event(actor, action, type, name, changeRequest, before, after);
        }

        public Event request(Long id) {
            return new Event(actor, action, objectType, objectName, id, before, after);
        }

        public Event change(String beforeJson, String afterJson) {
            return new Event(actor, action, objectType, objectName, changeRequest, beforeJson, afterJson);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Event event) {
        var head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        var record = AuditChain.next(head.head(), new AuditContent(clock.instant(), event.actor(), event.action(),
                event.objectType(), event.objectName(), event.changeRequest(), event.before(), event.after(),
                clientAddress.current()));
        em.persist(new AuditEvent(record));
        for (var word : AuditWords.of(record)) {
            em.persist(new AuditWord(word, record.sequence()));
        }
        head.advanceTo(record.head());
    }

}
