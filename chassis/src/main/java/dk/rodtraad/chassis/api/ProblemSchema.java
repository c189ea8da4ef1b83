package dk.rodtraad.chassis.api;

import dk.rodtraad.chassis.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * The one {@code Problem} schema of every service's errors (chassis {@link Problem}, RFC 9457, docs/bad-input.md),
 * and one response per error status that names it, for the operations to refer to.
 */
final class ProblemSchema {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    /** Status → the name of its response in {@code components.responses}. */
    static final Map<String, String> RESPONSES = Map.of(
            "400", "BadRequest",
            "401", "Unauthorized",
            "403", "Forbidden",
            "404", "NotFound",
            "409", "Conflict",
            "413", "ContentTooLarge",
            "415", "UnsupportedMediaType",
            "503", "Unavailable");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Bad input: nothing was changed; errors names each offending field or parameter",
            "401", "No valid bearer token (WWW-Authenticate: Bearer)",
            "403", "The caller's roles do not allow this operation",
            "404", "No such resource, or one the caller may not see (the same answer for both)",
            "409", "A conflict: changed by someone else since it was read, or not possible in its present state",
            "413", "The body, or one of its fields, is too large; errors names the field",
            "415", "The body is not of a media type the operation reads",
            "503", "Temporarily unavailable (e.g. the database is away); try again after Retry-After seconds");

    private ProblemSchema() {
    }

    static void addTo(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        Components components = document.getComponents();
        components.addSchema(FIELD_ERROR, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A field or parameter the request got wrong")
                .addProperty("field", text("The field as the client named it, e.g. child.cpr or groups[0].signs[2].code;"
                        + " body for the body as a whole"))
                .addProperty("message", text("What is wrong with it, in Danish"))
                .required(List.of("field", "message")));
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An error as RFC 9457 problem details; title and detail are in Danish")
                .addProperty("type", text("What kind of problem: about:blank, or "
                        + "https://rodtraad.dk/problems/invalid-input for bad input").format("uri-reference"))
                .addProperty("title", text("A short summary, e.g. Ugyldige oplysninger"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", text("What happened and what to do, for a person to read"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The offending fields, when the problem is bad input (400) or a field too large (413)")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status")));
        RESPONSES.forEach((status, name) -> components.addResponse(name, response(status)));
    }

    private static APIResponse response(String status) {
        APIResponse response = OASFactory.createAPIResponse().description(DESCRIPTIONS.get(status))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        if (status.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        if (status.equals("401")) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        return response;
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
