package org.portcullis.core.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/** An OpenID Connect client. Workloads become confidential clients that only use their service account. */
public record RealmClient(String clientId, boolean enabled, boolean publicClient, boolean serviceAccountsEnabled,
                          boolean standardFlowEnabled, boolean directAccessGrantsEnabled, boolean implicitFlowEnabled,
                          boolean managed) implements ManagedObject {

    /** The managed confidential client of a workload: client credentials only, no browser or password flows. */
    public static RealmClient forWorkload(String clientId) {
        return new RealmClient(clientId, true, false, true, false, false, false, true);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.CLIENT;
    }

    @Override
    public String name() {
        return clientId;
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("enabled", String.valueOf(enabled));
        fields.put("publicClient", String.valueOf(publicClient));
        fields.put("serviceAccountsEnabled", String.valueOf(serviceAccountsEnabled));
        fields.put("standardFlowEnabled", String.valueOf(standardFlowEnabled));
        fields.put("directAccessGrantsEnabled", String.valueOf(directAccessGrantsEnabled));
        fields.put("implicitFlowEnabled", String.valueOf(implicitFlowEnabled));
        fields.put(MANAGED_ATTRIBUTE, ManagedObject.marker(managed));
        return fields;
    }

    @Override
    public RealmClient asManaged() {
        return new RealmClient(clientId, enabled, publicClient, serviceAccountsEnabled, standardFlowEnabled,
                directAccessGrantsEnabled, implicitFlowEnabled, true);
    }
}
