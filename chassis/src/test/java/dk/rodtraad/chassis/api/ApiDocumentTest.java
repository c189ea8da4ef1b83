package dk.rodtraad.chassis.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link ApiDocument} makes of a document as SmallRye OpenAPI and Quarkus hand it over. */
class ApiDocumentTest {

    @Test
    void thePagesAndTheSchemasOnlyTheyUseAreLeftOut() {
        OpenAPI document = document();
        new ApiDocument().filterOpenAPI(document);

        assertNull(document.getPaths().getPathItem("/bekymringer/ny"), "the page's path");
        assertNotNull(document.getPaths().getPathItem("/concerns/{id}").getGET(), "the API's GET of the same path");
        assertNull(document.getPaths().getPathItem("/concerns/{id}").getPOST(), "the page's POST of the API's path");
        Set<String> schemas = document.getComponents().getSchemas().keySet();
        assertFalse(schemas.contains("TemplateInstance"), "a schema only a page used");
        assertTrue(schemas.containsAll(Set.of("ConcernView", "Problem", "FieldError")), schemas.toString());
    }

    @Test
    void rolesAreRolesAndAPublicOperationSaysSo() {
        OpenAPI document = document();
        new ApiDocument().filterOpenAPI(document);

        Operation guarded = document.getPaths().getPathItem("/concerns/{id}").getGET();
        assertEquals(1, guarded.getSecurity().size());
        assertEquals(List.of(), guarded.getSecurity().getFirst().getScheme("keycloak"), "no scopes");
        assertEquals(List.of("fagperson", "myndighed"), guarded.getExtensions().get(Operations.ROLES));
        assertTrue(guarded.getDescription().contains("fagperson, myndighed"), guarded.getDescription());

        Operation open = document.getPaths().getPathItem("/family/interventions").getGET();
        assertEquals(List.of(), open.getSecurity(), "an empty requirement: public");
        assertEquals(List.of(), open.getExtensions().get(Operations.ROLES));
    }

    @Test
    void eachOperationDeclaresTheErrorsItsShapeCanMeetAsProblems() {
        OpenAPI document = document();
        new ApiDocument().filterOpenAPI(document);

        assertEquals(Set.of("200", "400", "401", "403", "404", "503"),
                statuses(document.getPaths().getPathItem("/concerns/{id}").getGET()));
        assertEquals(Set.of("201", "400", "401", "403", "409", "413", "415", "503"),
                statuses(document.getPaths().getPathItem("/concerns").getPOST()));
        assertEquals(Set.of("200", "400", "503"),
                statuses(document.getPaths().getPathItem("/family/interventions").getGET()));
        APIResponse notFound = document.getComponents().getResponses().get("NotFound");
        assertEquals("#/components/schemas/Problem",
                notFound.getContent().getMediaType("application/problem+json").getSchema().getRef());
        assertEquals("#/components/responses/NotFound",
                document.getPaths().getPathItem("/concerns/{id}").getGET().getResponses().getAPIResponse("404").getRef());
    }

    @Test
    void aCreationAnswers201WithItsLocationAndTheBodyItHad() {
        OpenAPI document = document();
        new ApiDocument().filterOpenAPI(document);

        Operation record = document.getPaths().getPathItem("/concerns").getPOST();
        APIResponse created = record.getResponses().getAPIResponse("201");
        assertNull(record.getResponses().getAPIResponse("200"));
        assertNotNull(created.getHeaders().get("Location"));
        assertEquals("#/components/schemas/ConcernView",
                created.getContent().getMediaType("application/json").getSchema().getRef());
        assertFalse(record.getExtensions().containsKey(ApiDocument.CREATES), "the mark is for the filter only");
    }

    @Test
    void aPostWithoutABodyAnswers204() {
        OpenAPI document = document();
        new ApiDocument().filterOpenAPI(document);

        assertEquals(Set.of("204", "400", "401", "403", "404", "409", "503"),
                statuses(document.getPaths().getPathItem("/concerns/{id}/closing").getPOST()));
    }

    @Test
    void tagsAreNamedForTheFeatureAServerIsGivenAndJsonNodeIsAnyJson() {
        OpenAPI document = document();
        new ApiDocument().filterOpenAPI(document);

        assertEquals(List.of("Concern"), document.getPaths().getPathItem("/concerns").getPOST().getTags());
        assertEquals("/", document.getServers().getFirst().getUrl());
        Schema data = document.getComponents().getSchemas().get("ConcernView").getProperties().get("data");
        assertNull(data.getRef(), "no longer a reference to JsonNode");
        assertFalse(document.getComponents().getSchemas().containsKey("JsonNode"));
    }

    private static Set<String> statuses(Operation operation) {
        return new TreeSet<>(operation.getResponses().getAPIResponses().keySet());
    }

    /** A small document as Quarkus hands it to the filter: API operations, a page, roles as scopes. */
    private static OpenAPI document() {
        var document = OASFactory.createOpenAPI().openapi("3.1.0").info(OASFactory.createInfo().title("t").version("1"));
        document.components(OASFactory.createComponents()
                .addSecurityScheme("keycloak", OASFactory.createSecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                        .openIdConnectUrl("http://localhost/realms/r/.well-known/openid-configuration"))
                .addSchema("ConcernView", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                        .addProperty("data", OASFactory.createSchema().ref("JsonNode")))
                .addSchema("JsonNode", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("empty", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)))
                .addSchema("TemplateInstance", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)));
        document.paths(OASFactory.createPaths()
                .addPathItem("/concerns", OASFactory.createPathItem().POST(operation("Concern Resource", json("ConcernView"),
                        "fagperson").requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                                .addMediaType("application/json", OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("ConcernView")))))
                        .addExtension(ApiDocument.CREATES, "true")))
                .addPathItem("/concerns/{id}", OASFactory.createPathItem()
                        .GET(operation("Concern Resource", json("ConcernView"), "fagperson", "myndighed"))
                        .POST(operation("Concern Page", html(), "fagperson")))
                .addPathItem("/concerns/{id}/closing", OASFactory.createPathItem().POST(operation("Concern Resource",
                        OASFactory.createAPIResponse().description("Created"), "fagperson")))
                .addPathItem("/bekymringer/ny", OASFactory.createPathItem().GET(operation("Record Concern Page", html(),
                        "fagperson")))
                .addPathItem("/family/interventions", OASFactory.createPathItem().GET(operation("Family Resource",
                        json("ConcernView")).addParameter(OASFactory.createParameter().name("q")
                                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)))));
        return document;
    }

    private static Operation operation(String tag, APIResponse ok, String... roles) {
        String status = "Created".equals(ok.getDescription()) ? "201" : "200";
        var operation = OASFactory.createOperation().summary("s").addTag(tag)
                .responses(OASFactory.createAPIResponses().addAPIResponse(status, ok));
        if (roles.length > 0) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("keycloak", List.of(roles)));
        }
        return operation;
    }

    private static APIResponse json(String schema) {
        return OASFactory.createAPIResponse().description("OK").content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema))));
    }

    private static APIResponse html() {
        return OASFactory.createAPIResponse().description("OK").content(OASFactory.createContent()
                .addMediaType("text/html", OASFactory.createMediaType().schema(OASFactory.createSchema().ref("TemplateInstance"))));
    }
}
