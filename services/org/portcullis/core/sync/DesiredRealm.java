package org.portcullis.core.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.PolicyModel;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.WorkloadSpec;

/** The realm the approved model asks for. Every object in it is managed. */
public record DesiredRealm(List<RealmUser> users, List<RealmRole> roles, List<RealmClient> clients,
                           Set<RoleMapping> mappings) implements RealmState {

    public DesiredRealm {
        users = RealmState.sorted(users);
        roles = RealmState.sorted(roles);
        clients = RealmState.sorted(clients);
        mappings = RealmState.sortedMappings(mappings);
    }

    /**
     * People become users, roles realm roles, workloads confidential clients with a service account, and every role
     * assignment that has not expired at {@code at} a role mapping. Assignments naming an unknown role or subject are
     * left out (the model's validation reports them; the sync must not fail on them).
     */
    public static DesiredRealm from(PolicyModel model, Instant at) {
        List<RealmUser> users = model.people().stream().map(DesiredRealm::user).toList();
        List<RealmRole> roles = model.roles().stream().map(role -> new RealmRole(role.name(), role.description(), true))
                .toList();
        List<RealmClient> clients = model.workloads().stream().map(WorkloadSpec::name).map(RealmClient::forWorkload)
                .toList();
        Set<String> roleNames = new HashSet<>();
        roles.forEach(role -> roleNames.add(role.name()));
        Set<String> subjects = new HashSet<>();
        users.forEach(user -> subjects.add(user.key()));
        clients.forEach(client -> subjects.add(client.key()));
        List<RoleMapping> mappings = new ArrayList<>();
        for (RoleAssignmentSpec assignment : model.roleAssignments()) {
            if (assignment.isExpiredAt(at)) {
                continue;
            }
            RoleMapping mapping = new RoleMapping(assignment.subjectKind(), assignment.subject(), assignment.role());
            if (roleNames.contains(mapping.role()) && subjects.contains(mapping.subjectKey())) {
                mappings.add(mapping);
            }
        }
        return new DesiredRealm(users, roles, clients, Set.copyOf(mappings));
    }

    static RealmUser user(PersonSpec person) {
        String displayName = Text.blankToNull(person.displayName());
        String firstName = displayName;
        String lastName = null;
        if (displayName != null && displayName.indexOf(' ') > 0) {
            // "Ludwig van Beethoven" -> first "Ludwig", last "van Beethoven": the first word is the given name
            int space = displayName.indexOf(' ');
            firstName = displayName.substring(0, space);
            lastName = displayName.substring(space + 1);
        }
        return new RealmUser(person.username(), person.email(), firstName, lastName, person.enabled(), true);
    }
}
