package org.portcullis.core.sync;

import java.util.Comparator;
import java.util.Locale;
import org.portcullis.core.model.SubjectKind;

/**
 * Realm role {@code role} mapped to a user (subject = username) or to a client's service account (subject = client
 * id). It is managed exactly when its subject and its role are.
 */
public record RoleMapping(SubjectKind subjectKind, String subject, String role) implements RealmObject {

    /** Subjects in order, then roles: the adapter sends the mappings of one subject in one request. */
    public static final Comparator<RoleMapping> ORDER = Comparator.comparing(RoleMapping::subjectKind)
            .thenComparing(RoleMapping::subject).thenComparing(RoleMapping::role);

    public RoleMapping {
        subject = subjectKind == SubjectKind.PERSON ? subject.toLowerCase(Locale.ROOT) : subject;
    }

    public static RoleMapping ofUser(String username, String role) {
        return new RoleMapping(SubjectKind.PERSON, username, role);
    }

    public static RoleMapping ofClient(String clientId, String role) {
        return new RoleMapping(SubjectKind.WORKLOAD, clientId, role);
    }

    /** The key of the user or client the role is mapped to. */
    public String subjectKey() {
        return (subjectKind == SubjectKind.PERSON ? "user/" : "client/") + subject;
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.ROLE_MAPPING;
    }

    @Override
    public String name() {
        return subjectKey() + "->" + role;
    }
}
