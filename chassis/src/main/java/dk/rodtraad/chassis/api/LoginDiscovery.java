package dk.rodtraad.chassis.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Points the login's security scheme at the discovery document of the Keycloak realm the running service trusts
 * ({@code quarkus.oidc.auth-server-url}, a setting of each site). The document written at build time
 * (target/openapi) names the demo realm instead ({@code quarkus.smallrye-openapi.oidc-open-id-connect-url}).
 *
 * <p>It runs at each request of the document, not once at start: with a start-up filter, Quarkus 3.33 writes the
 * document as JSON and as YAML while the service starts (quarkusio/quarkus#54826), 0.15–0.2 s of every start on two
 * cores for a document few ever ask for. Asked for, it is now written anew each time: 10–30 ms, the first 0.1 s.
 */
@OpenApiFilter(documentNames = OpenApiFilter.FILTER_RUN_FOR_ANY_DOCUMENT,
        stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class LoginDiscovery implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        var realm = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class);
        if (realm.isEmpty() || document.getComponents() == null
                || document.getComponents().getSecuritySchemes() == null) {
            return;
        }
        String discovery = realm.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        document.getComponents().getSecuritySchemes().values().stream()
                .filter(scheme -> scheme.getType() == SecurityScheme.Type.OPENIDCONNECT)
                .forEach(scheme -> scheme.setOpenIdConnectUrl(discovery));
    }
}
