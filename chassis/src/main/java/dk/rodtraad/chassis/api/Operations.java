package dk.rodtraad.chassis.api;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** What both of a service's documents do to its operations: which are pages, and who may call each. */
final class Operations {

    /** The roles that may call an operation, as a list in the operation (OpenAPI has no field for roles). */
    static final String ROLES = "x-roles";

    private Operations() {
    }

    /** A page answers HTML for a browser; the API answers JSON, CSV, PDF or iCalendar. */
    static boolean isPage(Operation operation) {
        return operation.getResponses() != null && operation.getResponses().getAPIResponses().values().stream()
                .anyMatch(response -> response.getContent() != null
                        && response.getContent().hasMediaType("text/html"));
    }

    /** Keeps only the operations that match; a path left without one goes. */
    static void keepOnly(OpenAPI document, Predicate<Operation> keep) {
        if (document.getPaths() == null) {
            return;
        }
        for (var path : Map.copyOf(document.getPaths().getPathItems()).entrySet()) {
            PathItem item = path.getValue();
            Map.copyOf(item.getOperations()).forEach((method, operation) -> {
                if (!keep.test(operation)) {
                    item.setOperation(method, null);
                }
            });
            if (item.getOperations() == null || item.getOperations().isEmpty()) {
                document.getPaths().removePathItem(path.getKey());
            }
        }
    }

    static List<Operation> all(OpenAPI document) {
        var operations = new ArrayList<Operation>();
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().values().forEach(item -> operations.addAll(item.getOperations().values()));
        }
        return operations;
    }

    /**
     * Says who may call the operation as roles, not as OAuth scopes: Quarkus lists {@code @RolesAllowed}'s roles as the
     * scopes of the login's requirement, which a client would then ask Keycloak for in vain. The requirement keeps
     * the login with no scope, the roles go to {@link #ROLES} and the description; an operation without a
     * requirement ({@code @PermitAll}) is marked public with an empty one; one that needs a login and no role
     * ({@code @Authenticated}, the logout page) keeps the login with empty {@link #ROLES} and says so.
     */
    static void describeRoles(Operation operation, String loginScheme) {
        Set<String> roles = new LinkedHashSet<>();
        if (operation.getSecurity() != null) {
            operation.getSecurity().forEach(requirement -> requirement.getSchemes().values().forEach(scopes -> {
                if (scopes != null) {
                    scopes.forEach(role -> roles.addAll(resolved(role)));
                }
            }));
        }
        if (roles.isEmpty() && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
            operation.setSecurity(new ArrayList<>());
            operation.addExtension(ROLES, List.of());
            operation.setDescription(join(operation.getDescription(), "Public: no login needed."));
            return;
        }
        SecurityRequirement login = OASFactory.createSecurityRequirement().addScheme(loginScheme);
        operation.setSecurity(new ArrayList<>(List.of(login)));
        operation.addExtension(ROLES, List.copyOf(roles));
        operation.setDescription(join(operation.getDescription(), roles.isEmpty()
                ? "Login: any logged-in user, whatever their roles."
                : "Roles (Keycloak realm roles in the token's realm_access.roles; any one of them): "
                        + String.join(", ", roles) + "."));
    }

    /**
     * A role as {@code @RolesAllowed} names it; a property expression ({@code ${rodtraad.web.roles}}, the roles that
     * may use a service's pages) is read from the configuration.
     */
    private static List<String> resolved(String role) {
        if (!role.startsWith("${") || !role.endsWith("}")) {
            return List.of(role);
        }
        String key = role.substring(2, role.length() - 1);
        return ConfigProvider.getConfig().getOptionalValues(key, String.class).orElse(List.of(role));
    }

    /** The name of the login's security scheme (Quarkus adds it, type openIdConnect), described for integrators. */
    static String loginScheme(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSecuritySchemes() == null) {
            return "SecurityScheme";
        }
        for (Map.Entry<String, SecurityScheme> scheme : document.getComponents().getSecuritySchemes().entrySet()) {
            if (scheme.getValue().getType() == SecurityScheme.Type.OPENIDCONNECT) {
                scheme.getValue().setDescription("Rød Tråd's login (Keycloak, OpenID Connect): a bearer token issued "
                        + "to this service's client (its audience). What an operation needs is a realm role, listed "
                        + "in the operation's x-roles and description, not a scope.");
                return scheme.getKey();
            }
        }
        return "SecurityScheme";
    }

    private static String join(String description, String sentence) {
        return description == null || description.isBlank() ? sentence : description.strip() + "\n\n" + sentence;
    }
}
