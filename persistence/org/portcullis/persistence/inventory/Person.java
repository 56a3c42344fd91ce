package org.portcullis.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import org.portcullis.core.model.PersonSpec;

import java.util.Objects;
import java.util.UUID;

/** A human identity; people with a password hash can sign in to the portal. */
@Entity
@NamedQuery(name = Person.BY_USERNAME, query = "SELECT p FROM Person p WHERE p.username = :username")
public class Person {
    public static final String BY_USERNAME = "Person.byUsername";

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(nullable = false)
    private String email;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    private boolean enabled;
    @Column(name = "password_hash")
    private String passwordHash;

    protected Person() {
    }

    public Person(PersonSpec spec) {
        this.id = UUID.randomUUID();
        this.username = spec.username();
        update(spec);
    }

    public void update(PersonSpec spec) {
        this.email = spec.email();
        this.displayName = spec.displayName();
        this.enabled = spec.enabled();
    }

    public PersonSpec toSpec() {
        return new PersonSpec(username, email, displayName, enabled);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public UUID getId() { return id; }
    public long getVersion() { return version; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public boolean isEnabled() { return enabled; }
    public String getPasswordHash() { return passwordHash; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
