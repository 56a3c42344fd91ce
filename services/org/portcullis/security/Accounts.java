package org.portcullis.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.portcullis.audit.AuditActions;
import org.portcullis.audit.AuditTrail;
import org.portcullis.persistence.inventory.Person;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Local portal accounts: people of the inventory with a password hash (PBKDF2-HMAC-SHA512, 210,000 iterations, the
 * OWASP 2023 figure, via Jakarta Security's {@link Pbkdf2PasswordHash}).
 */
@ApplicationScoped
@Transactional
public class Accounts {

    /** Jakarta Security's parameter names; see {@link Pbkdf2PasswordHash}. */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");
    /** Verified against when the username is unknown, so both failures take the same time. */
    private String decoyHash;

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    Pbkdf2PasswordHash passwordHash;
    @Inject
    CurrentUser currentUser;
    @Inject
    PortalRoles portalRoles;
    @Inject
    AuditTrail audit;

    public record SignedIn(String username, String displayName, Set<String> roles) {
    }

    /** Checks the password and binds the session to the person; empty when either is wrong. */
    public Optional<SignedIn> signIn(String username, String password) {
        var person = findPerson(username);
        if (person.isEmpty() || person.get().getPasswordHash() == null || !person.get().isEnabled()) {
            verify(password, decoyHash());
            audit.record(AuditTrail.Event.of(AuditTrail.ANONYMOUS, AuditActions.SIGN_IN_FAILED)
                    .about("person", truncate(username)));
            return Optional.empty();
        }
        if (!verify(password, person.get().getPasswordHash())) {
            audit.record(AuditTrail.Event.of(AuditTrail.ANONYMOUS, AuditActions.SIGN_IN_FAILED)
                    .about("person", truncate(username)));
            return Optional.empty();
        }
        currentUser.signIn(person.get().getUsername());
        audit.record(AuditTrail.Event.of(person.get().getUsername(), AuditActions.SIGN_IN)
                .about("person", person.get().getUsername()));
        return Optional.of(new SignedIn(person.get().getUsername(), person.get().getDisplayName(),
                portalRoles.of(person.get().getUsername())));
    }

    public Optional<SignedIn> current() {
        return currentUser.username().flatMap(this::findPerson)
                .map(p -> new SignedIn(p.getUsername(), p.getDisplayName(), portalRoles.of(p.getUsername())));
    }

    public boolean isSignedIn() {
        return currentUser.username().isPresent();
    }

    public void signOut() {
        currentUser.username().ifPresent(u -> audit.record(AuditTrail.Event.of(u, AuditActions.SIGN_OUT).about("person", u)));
        currentUser.signOut();
    }

    /** Sets a local password. Used by the bootstrap and the demo seed only; there is no password UI yet. */
    public void setPasswordAsSystem(String username, String password) {
        findPerson(username).orElseThrow().setPasswordHash(hash(password));
    }

    public boolean hasPassword(String username) {
        return findPerson(username).map(p -> p.getPasswordHash() != null).orElse(false);
    }

    String hash(String password) {
        passwordHash.initialize(HASH_PARAMETERS);
        return passwordHash.generate(password.toCharArray());
    }

    private boolean verify(String password, String hash) {
        passwordHash.initialize(HASH_PARAMETERS);
        return passwordHash.verify(password.toCharArray(), hash);
    }

    private synchronized String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hash("decoy-" + System.nanoTime());
        }
        return decoyHash;
    }

    private static String truncate(String username) {
        var name = username == null ? "" : username;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    private Optional<Person> findPerson(String username) {
        return em.createNamedQuery(Person.BY_USERNAME, Person.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
