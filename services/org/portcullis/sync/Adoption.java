package org.portcullis.sync;

import org.portcullis.core.model.PersonSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.sync.RealmObject;
import org.portcullis.core.sync.RealmRole;
import org.portcullis.core.sync.RealmUser;
import org.portcullis.platform.DomainException;

/** The model object an unmanaged realm object becomes when adopted. */
final class Adoption {

    private Adoption() {
    }

    static Object specOf(RealmObject object) {
        return switch (object) {
            case RealmUser user -> new PersonSpec(user.username(), user.email(), displayName(user), user.enabled());
            case RealmRole role -> new RoleSpec(role.name(), role.description());
            default -> throw new DomainException("Only users and roles can be adopted here. A client becomes a workload,"
                    + " which needs a namespace, service account, trust zone and owner the realm does not know:"
                    + " request the workload in the catalogue, then adopt the name clash.");
        };
    }

    private static String displayName(RealmUser user) {
        var name = ((user.firstName() == null ? "" : user.firstName()) + " "
                + (user.lastName() == null ? "" : user.lastName())).strip();
        return name.isEmpty() ? user.username() : name;
    }
}
