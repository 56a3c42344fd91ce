package org.portcullis.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.portcullis.core.model.RoleSpec;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

/**
 * The portal roles a person holds right now, read from the effective inventory on every check: a revoked or expired
 * security-admin assignment stops working at once, not at the next sign-in.
 */
@ApplicationScoped
public class PortalRoles {

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    public Set<String> of(String username) {
        var names = em.createQuery("SELECT a.role.name FROM RoleAssignment a WHERE a.person.username = :username"
                        + " AND a.person.enabled = TRUE AND (a.expiresAt IS NULL OR a.expiresAt > :now)", String.class)
                .setParameter("username", username)
                .setParameter("now", clock.instant())
                .getResultList();
        return new TreeSet<>(names);
    }

    public boolean has(String username, String role) {
        return of(username).contains(role);
    }

    /** The signed-in username if they hold {@code role}; otherwise an {@link AccessDeniedException}. */
    public String require(String role) {
        var username = currentUser.require();
        if (!has(username, role)) {
            throw new AccessDeniedException("This needs the " + role + " role.");
        }
        return username;
    }

    /** The signed-in username if they hold any of {@code roles}. */
    public String requireAny(String... roles) {
        var username = currentUser.require();
        var held = of(username);
        for (String role : roles) {
            if (held.contains(role)) {
                return username;
            }
        }
        throw new AccessDeniedException("This needs one of the roles " + String.join(", ", roles) + ".");
    }

    public boolean currentIsSecurityAdmin() {
        return currentUser.username().map(u -> has(u, RoleSpec.SECURITY_ADMIN)).orElse(false);
    }
}
