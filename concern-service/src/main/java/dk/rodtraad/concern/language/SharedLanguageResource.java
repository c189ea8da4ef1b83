package dk.rodtraad.concern.language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.UncheckedIOException;

/** The shared language in force, from this service's own copy: what a concern is recorded in. */
@Path("/shared-language/current")
public class SharedLanguageResource {

    private final ObjectMapper json;

    public SharedLanguageResource(ObjectMapper json) {
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @WithSession
    @Operation(summary = "The newest published shared language (signs and scale), as catalogue-service published it")
    public Uni<JsonNode> current() {
        return SharedLanguageCopy.newest()
                .onItem().ifNull().failWith(() -> new NotFoundException(
                        "Det fælles sprog er endnu ikke modtaget fra indsatskataloget"))
                .map(copy -> {
                    try {
                        return json.readTree(copy.content);
                    } catch (JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
