package org.portcullis.requests;

import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;
import org.portcullis.core.requests.ObjectKind;
import org.portcullis.core.requests.Operation;

/**
 * One change a person asks for. For CREATE and UPDATE {@code after} is the whole object as it shall be; for DELETE
 * it is the object to delete (only its key matters).
 */
public record ItemDraft(ObjectKind kind, Operation operation, Object after) {

    public static ItemDraft create(Object spec) {
        return new ItemDraft(kindOf(spec), Operation.CREATE, spec);
    }

    public static ItemDraft update(Object spec) {
        return new ItemDraft(kindOf(spec), Operation.UPDATE, spec);
    }

    public static ItemDraft delete(Object spec) {
        return new ItemDraft(kindOf(spec), Operation.DELETE, spec);
    }

    public String key() {
        return keyOf(after);
    }

    public static ObjectKind kindOf(Object spec) {
        return switch (spec) {
            case TrustZoneSpec s -> ObjectKind.TRUST_ZONE;
            case WorkloadSpec s -> ObjectKind.WORKLOAD;
            case PersonSpec s -> ObjectKind.PERSON;
            case RoleSpec s -> ObjectKind.ROLE;
            case RoleAssignmentSpec s -> ObjectKind.ROLE_ASSIGNMENT;
            case ServicePermissionSpec s -> ObjectKind.SERVICE_PERMISSION;
            case ClusterAccessGrantSpec s -> ObjectKind.CLUSTER_ACCESS_GRANT;
            case NamespaceSpec s -> ObjectKind.NAMESPACE;
            default -> throw new IllegalArgumentException("Not an inventory object: " + spec.getClass());
        };
    }

    /** The natural key that names the object in requests, audit and URLs. */
    public static String keyOf(Object spec) {
        return switch (spec) {
            case TrustZoneSpec s -> s.name();
            case WorkloadSpec s -> s.name();
            case PersonSpec s -> s.username();
            case RoleSpec s -> s.name();
            case RoleAssignmentSpec s -> s.role() + " → " + s.subjectKind().name().toLowerCase() + " " + s.subject();
            case ServicePermissionSpec s -> s.key();
            case ClusterAccessGrantSpec s -> s.namespace() + "/" + s.name();
            case NamespaceSpec s -> s.name();
            default -> throw new IllegalArgumentException("Not an inventory object: " + spec.getClass());
        };
    }

    public static Class<?> specClass(ObjectKind kind) {
        return switch (kind) {
            case TRUST_ZONE -> TrustZoneSpec.class;
            case WORKLOAD -> WorkloadSpec.class;
            case PERSON -> PersonSpec.class;
            case ROLE -> RoleSpec.class;
            case ROLE_ASSIGNMENT -> RoleAssignmentSpec.class;
            case SERVICE_PERMISSION -> ServicePermissionSpec.class;
            case CLUSTER_ACCESS_GRANT -> ClusterAccessGrantSpec.class;
            case NAMESPACE -> NamespaceSpec.class;
        };
    }
}
