package org.portcullis.core.requests;

import org.portcullis.core.model.ClusterAccessGrantSpec;
import org.portcullis.core.model.NamespaceSpec;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.ServicePermissionSpec;
import org.portcullis.core.model.TrustZoneSpec;
import org.portcullis.core.model.WorkloadSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The model a request would produce: the current model with the request's items applied. Used to show an approver
 * what a request changes out there (manifests, Keycloak) before anything changes.
 */
public final class ModelEdits {

    /** One item of a request: for CREATE {@code before} is null, for DELETE {@code after} is null. */
    public record Edit(Operation operation, Object before, Object after) {
    }

    private ModelEdits() {
    }

    public static PolicyModel apply(PolicyModel model, List<Edit> edits, long requestId) {
        var zones = new ArrayList<>(model.zones());
        var workloads = new ArrayList<>(model.workloads());
        var people = new ArrayList<>(model.people());
        var roles = new ArrayList<>(model.roles());
        var assignments = new ArrayList<>(model.roleAssignments());
        var permissions = new ArrayList<>(model.permissions());
        var grants = new ArrayList<>(model.grants());
        var namespaces = new ArrayList<>(model.namespaces());
        Map<String, Set<Long>> origins = new HashMap<>();
        model.origins().forEach((k, v) -> origins.put(k, new HashSet<>(v)));
        for (Edit edit : edits) {
            var target = edit.after() != null ? edit.after() : edit.before();
            switch (target) {
                case TrustZoneSpec s -> replace(zones, TrustZoneSpec::name, s.name(), (TrustZoneSpec) edit.after());
                case WorkloadSpec s -> replace(workloads, WorkloadSpec::name, s.name(), (WorkloadSpec) edit.after());
                case PersonSpec s -> replace(people, PersonSpec::username, s.username(), (PersonSpec) edit.after());
                case RoleSpec s -> replace(roles, RoleSpec::name, s.name(), (RoleSpec) edit.after());
                case RoleAssignmentSpec s -> replace(assignments, a -> a.role() + "|" + a.subjectKind() + "|" + a.subject(),
                        s.role() + "|" + s.subjectKind() + "|" + s.subject(), (RoleAssignmentSpec) edit.after());
                case ServicePermissionSpec s -> replace(permissions, ServicePermissionSpec::key, s.key(),
                        (ServicePermissionSpec) edit.after());
                case ClusterAccessGrantSpec s -> replace(grants, g -> g.namespace() + "/" + g.name(),
                        s.namespace() + "/" + s.name(), (ClusterAccessGrantSpec) edit.after());
                case NamespaceSpec s -> replace(namespaces, NamespaceSpec::name, s.name(), (NamespaceSpec) edit.after());
                default -> throw new IllegalArgumentException("Not a model object: " + target.getClass().getName());
            }
            var key = originKey(target);
            if (key != null && edit.after() != null) {
                origins.computeIfAbsent(key, k -> new HashSet<>()).add(requestId);
            }
        }
        Map<String, Set<Long>> frozen = new HashMap<>();
        origins.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new PolicyModel(zones, workloads, people, roles, assignments, permissions, grants, namespaces, frozen);
    }

    /** The key the compiler uses for an object's change-request annotation, or null for objects without manifests. */
    public static String originKey(Object spec) {
        return switch (spec) {
            case WorkloadSpec s -> "workload/" + s.name();
            case ServicePermissionSpec s -> "permission/" + s.key();
            case ClusterAccessGrantSpec s -> "grant/" + s.name();
            case TrustZoneSpec s -> "zone/" + s.name();
            case NamespaceSpec s -> "namespace/" + s.name();
            default -> null;
        };
    }

    private static <T> void replace(List<T> list, Function<T, String> key, String wanted, T replacement) {
        list.removeIf(item -> Objects.equals(key.apply(item), wanted));
        if (replacement != null) {
            list.add(replacement);
        }
    }
}
