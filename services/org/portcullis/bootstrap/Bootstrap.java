package org.portcullis.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.persistence.inventory.InventoryStore;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.requests.ItemDraft;
import org.portcullis.security.Accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * First start of an empty database: in demo mode, the demo inventory and people; otherwise the first security admin
 * from configuration. Both arrive as requests applied by "system", so the history shows where everything came from.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    ChangeRequests requests;
    @Inject
    InventoryStore store;
    @Inject
    Accounts accounts;
    @Inject
    @ConfigProperty(name = "portcullis.demo", defaultValue = "false")
    boolean demo;
    @Inject
    @ConfigProperty(name = "portcullis.admin.username")
    Optional<String> adminUsername;
    @Inject
    @ConfigProperty(name = "portcullis.admin.password")
    Optional<String> adminPassword;
    @Inject
    @ConfigProperty(name = "portcullis.admin.email")
    Optional<String> adminEmail;

    @PostConstruct
    void start() {
        if (demo && isEmpty()) {
            requests.applyAsSystem("Demo inventory: AI pipeline", "Seeded on first start in demo mode",
                    DemoData.items());
            DemoData.PEOPLE.forEach(p -> accounts.setPasswordAsSystem(p.username(), p.password()));
            LOG.info("Demo mode: seeded the AI pipeline and demo people (passwords on the login page)");
        }
        if (adminUsername.isPresent() && adminPassword.isPresent()) {
            ensureAdmin(adminUsername.get(), adminPassword.get(), adminEmail.orElse(adminUsername.get() + "@localhost"));
        } else if (!demo && isEmpty()) {
            LOG.warning("No security admin yet: set PORTCULLIS_ADMIN_USERNAME and PORTCULLIS_ADMIN_PASSWORD and restart");
        }
    }

    private void ensureAdmin(String username, String password, String email) {
        var items = new ArrayList<ItemDraft>();
        if (store.person(username).isEmpty()) {
            items.add(ItemDraft.create(new PersonSpec(username, email, username, true)));
        }
        if (store.role(RoleSpec.SECURITY_ADMIN).isEmpty()) {
            items.add(ItemDraft.create(new RoleSpec(RoleSpec.SECURITY_ADMIN, "Approves changes to the inventory")));
            items.add(ItemDraft.create(new RoleSpec(RoleSpec.AUDITOR, "Reads and exports the audit history")));
        }
        if (count("SELECT COUNT(a) FROM RoleAssignment a WHERE a.role.name = 'security-admin'") == 0) {
            items.add(ItemDraft.create(new RoleAssignmentSpec(RoleSpec.SECURITY_ADMIN, SubjectKind.PERSON, username, null)));
        }
        if (!items.isEmpty()) {
            requests.applyAsSystem("Bootstrap security admin " + username,
                    "First security admin from PORTCULLIS_ADMIN_USERNAME", List.copyOf(items));
            LOG.info(() -> "Bootstrapped security admin " + username);
        }
        if (!accounts.hasPassword(username)) {
            accounts.setPasswordAsSystem(username, password);
        }
    }

    private boolean isEmpty() {
        return count("SELECT COUNT(p) FROM Person p") == 0;
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
