package dk.rodtraad.chassis.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The document named {@value #NAME} ({@code /q/openapi-pages}): the service's pages, which {@link ApiDocument} leaves
 * out of the API's document. No client is meant to be generated from it; it exists so that the system tests which
 * send every request a service takes (the bad-input corpus, the authorization matrix) find the pages' forms and
 * roles as they find the API's.
 */
@OpenApiFilter(documentNames = PageDocument.NAME, stages = OpenApiFilter.RunStage.BUILD)
public class PageDocument implements OASFilter {

    public static final String NAME = "pages";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Operations.keepOnly(document, Operations::isPage);
        String login = Operations.loginScheme(document);
        Operations.all(document).forEach(operation -> Operations.describeRoles(operation, login));
        Schemas.removeUnused(document);
    }
}
