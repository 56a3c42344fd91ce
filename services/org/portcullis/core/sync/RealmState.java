package org.portcullis.core.sync;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Shared shape of the desired and the current realm: objects by name, mappings as a sorted set. */
sealed interface RealmState permits DesiredRealm, CurrentRealm {

    List<RealmUser> users();

    List<RealmRole> roles();

    List<RealmClient> clients();

    Set<RoleMapping> mappings();

    static <T extends ManagedObject> Map<String, T> byName(Collection<T> objects) {
        Map<String, T> byName = new LinkedHashMap<>();
        objects.stream().sorted(java.util.Comparator.comparing(ManagedObject::name))
                .forEach(object -> byName.put(object.name(), object));
        return byName;
    }

    static <T extends ManagedObject> List<T> sorted(Collection<T> objects) {
        return List.copyOf(byName(objects).values());
    }

    static Set<RoleMapping> sortedMappings(Collection<RoleMapping> mappings) {
        Set<RoleMapping> sorted = new TreeSet<>(RoleMapping.ORDER);
        sorted.addAll(mappings);
        return java.util.Collections.unmodifiableSet(sorted);
    }
}
