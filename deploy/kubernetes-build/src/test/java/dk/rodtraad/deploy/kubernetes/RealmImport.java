package dk.rodtraad.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Keycloak operator's {@code KeycloakRealmImport} of deploy/keycloak/rodtraad-realm-production.json, the realm
 * embedded as it is and each of its {@code ${...}} placeholders filled from a Secret: a client's secret from its
 * service's {@code <service>-oidc} (the same Secret the service reads it from), the public addresses from
 * {@code rodtraad-public-urls}.
 */
final class RealmImport {

    static final String KEYCLOAK = "rodtraad-keycloak";
    static final String PUBLIC_URLS = "rodtraad-public-urls";
    static final String CLIENT_SECRET_KEY = "client-secret";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(RODTRAAD_[A-Z_]+)}");
    private static final String CLIENT_SECRET_SUFFIX = "_CLIENT_SECRET";

    static String yaml(Path realmFile) {
        String json = Yaml.read(realmFile);
        ObjectNode realmImport = Yaml.MAPPER.createObjectNode();
        realmImport.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        realmImport.put("kind", "KeycloakRealmImport");
        realmImport.putObject("metadata").put("name", "rodtraad-realm");
        ObjectNode spec = realmImport.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        ObjectNode placeholders = spec.putObject("placeholders");
        var names = new TreeSet<String>();
        PLACEHOLDER.matcher(json).results().forEach(match -> names.add(match.group(1)));
        for (String name : names) {
            ObjectNode secret = placeholders.putObject(name).putObject("secret");
            if (name.endsWith(CLIENT_SECRET_SUFFIX)) {
                secret.put("name", oidcSecretOf(name)).put("key", CLIENT_SECRET_KEY);
            } else {
                secret.put("name", PUBLIC_URLS).put("key", name);
            }
        }
        spec.set("realm", parse(json));
        return Yaml.write("""
                Generated from deploy/keycloak/rodtraad-realm-production.json by kubernetes-build's
                GeneratedManifestsTest: do not edit; change the realm file and write this again.""", List.of(realmImport));
    }

    /** RODTRAAD_NETWORK_MEETING_CLIENT_SECRET is network-meeting-service's client secret, in network-meeting-service-oidc. */
    static String oidcSecretOf(String placeholder) {
        String service = placeholder.substring("RODTRAAD_".length(), placeholder.length() - CLIENT_SECRET_SUFFIX.length())
                .toLowerCase().replace('_', '-') + "-service";
        return service + "-oidc";
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RealmImport() {
    }
}
