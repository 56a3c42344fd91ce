package org.portcullis.integrations.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeycloakSettingsTest {

    @Test
    void toStringNeverShowsSecrets() {
        KeycloakSettings client = KeycloakSettings.clientCredentials("http://127.0.0.1:8180/", "demo", "portcullis",
                "s3cr3t-value");
        KeycloakSettings user = KeycloakSettings.adminUser("http://127.0.0.1:8180", "demo", "admin", "pa55-value");

        assertThat(client.toString()).doesNotContain("s3cr3t-value").contains("clientId=portcullis", "realm=demo");
        assertThat(user.toString()).doesNotContain("pa55-value").contains("adminUser=admin");
        assertThat(client.serverUrl()).isEqualTo("http://127.0.0.1:8180");
        assertThat(client.authRealm()).isEqualTo("master");
        assertThat(client.usesClientCredentials()).isTrue();
        assertThat(user.usesClientCredentials()).isFalse();
    }

    @Test
    void credentialsAreRequired() {
        assertThatThrownBy(() -> new KeycloakSettings("http://127.0.0.1:8180", "demo", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
