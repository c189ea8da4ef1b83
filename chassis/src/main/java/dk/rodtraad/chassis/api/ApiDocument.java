package dk.rodtraad.chassis.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes {@code /q/openapi} describe the API and only the API, the same way in every service, so that an integrator
 * can generate a client from it and a new endpoint cannot forget what every endpoint has:
 * <ul>
 * <li>the pages (operations answering {@code text/html}) are left out: they are for browsers, and with them came the
 * template engine's internals as schemas. The rule is the media type, not a package, because pages live with their
 * feature (ADR 0010); they are listed apart ({@link PageDocument});</li>
 * <li>who may call each operation, as roles ({@link Operations#describeRoles}), public operations marked public;</li>
 * <li>the errors every service sends, as {@code application/problem+json} with one {@link ProblemSchema#PROBLEM}
 * schema: 400 for an operation with input, 401 and 403 for one that needs a login, 404 for one with an id in its
 * path, 409 for one that changes something, 413 and 415 for one with a body, 503 for all (the database away);</li>
 * <li>201 with {@code Location} for an operation marked {@link #CREATES}, 204 for one that answers no body;</li>
 * <li>a tag per feature (Quarkus names one after the resource class: "Concern Resource" becomes "Concern"), a
 * server, and no schema that no operation uses.</li>
 * </ul>
 * Operation ids come from {@link OperationNames} or the operation's own {@code @Operation(operationId = …)}.
 */
@OpenApiFilter(documentNames = OpenApiFilter.DEFAULT_DOCUMENT_NAME, stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocument implements OASFilter {

    /**
     * Marks an operation that creates something and answers 201 with the new resource and its address in
     * {@code Location}: {@code @Extension(name = ApiDocument.CREATES, value = "true")} on the method.
     */
    public static final String CREATES = "x-creates";

    /**
     * The login's security scheme ({@code quarkus.smallrye-openapi.security-scheme-name}), for a
     * {@code @SecurityRequirement} naming roles the document would otherwise lack.
     */
    public static final String LOGIN = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Operations.keepOnly(document, operation -> !Operations.isPage(operation));
        String login = Operations.loginScheme(document);
        ProblemSchema.addTo(document);
        var tags = new HashSet<String>();
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                Operations.describeRoles(operation, login);
                success(operation);
                errors(path, method, operation);
                tags.addAll(featureTags(operation));
            }));
        }
        // The document's tags are those its operations use, in alphabetical order: Quarkus's class-named ones go.
        document.setTags(new ArrayList<>(tags.stream().sorted().map(tag -> OASFactory.createTag().name(tag)).toList()));
        if (document.getServers() == null || document.getServers().isEmpty()) {
            document.addServer(OASFactory.createServer().url("/")
                    .description("The service itself: the address this document was fetched from"));
        }
        Schemas.replaceJsonNode(document);
        Schemas.removeUnused(document);
    }

    /**
     * The success status the operation really answers: 201 with {@code Location} where it creates something; 204
     * where it answers no body (SmallRye OpenAPI documents a POST without a body as 201, Quarkus REST answers 204).
     */
    private static void success(Operation operation) {
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(CREATES)) {
            created(operation);
            return;
        }
        APIResponse withoutBody = operation.getResponses().getAPIResponse("201");
        if (withoutBody != null && withoutBody.getContent() == null) {
            operation.getResponses().removeAPIResponse("201");
            operation.getResponses().addAPIResponse("204", OASFactory.createAPIResponse().description("Done; no body"));
        }
    }

    private static void created(Operation operation) {
        operation.removeExtension(CREATES);
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        APIResponse created = ok != null ? ok : OASFactory.createAPIResponse();
        operation.getResponses().removeAPIResponse("200");
        created.setDescription("Created: the new resource, its address in Location");
        created.addHeader("Location", OASFactory.createHeader().description("The new resource's address")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
        operation.getResponses().addAPIResponse("201", created);
    }

    private static void errors(String path, PathItem.HttpMethod method, Operation operation) {
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty() || path.contains("{");
        boolean needsLogin = !operation.getSecurity().isEmpty();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        var statuses = new ArrayList<String>();
        if (hasInput) {
            statuses.add("400");
        }
        if (needsLogin) {
            statuses.addAll(List.of("401", "403"));
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (changes) {
            statuses.add("409");
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of("413", "415"));
        }
        statuses.add("503");
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        statuses.forEach(status -> operation.getResponses().addAPIResponse(status,
                OASFactory.createAPIResponse().ref(ProblemSchema.RESPONSES.get(status))));
    }

    /** "Concern Resource" → "Concern": the tag Quarkus gives after the class, named for the feature. */
    private static Set<String> featureTags(Operation operation) {
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            return Set.of();
        }
        var tags = operation.getTags().stream()
                .map(tag -> tag.replaceAll(" (Resource|Endpoints|Page|Pages|Download)$", ""))
                .distinct().toList();
        operation.setTags(new ArrayList<>(tags));
        return Set.copyOf(tags);
    }
}
