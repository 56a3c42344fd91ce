package org.portcullis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Real access tokens from a Keycloak realm's token endpoint, and the realm roles inside them. */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** Posts {@code form} (grant type and credentials) to the realm's token endpoint; returns the access token. */
    public static String fetch(HttpClient http, String serverUrl, String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request failed: " + response.statusCode() + " "
                        + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Decodes the JWT payload (base64url JSON) and returns {@code realm_access.roles}. */
    public static Set<String> realmRoles(String jwt) {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
            JsonNode roles = JSON.readTree(payload).path("realm_access").path("roles");
            Set<String> names = new TreeSet<>();
            roles.forEach(role -> names.add(role.asText()));
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
