package dk.rodtraad.chassis.api;

import io.smallrye.openapi.api.OperationIdGenerator;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.MethodInfo;

/**
 * Names an operation that names itself nowhere else: the method's verb with its resource's noun,
 * {@code ConcernResource.find} → {@code findConcern}. A page keeps its class's whole name
 * ({@code MeetingPages.schedule} → {@code scheduleMeetingPages}): the ids are given before the pages leave the API's
 * document, and must not clash with the API's ({@code scheduleMeeting}). An operation whose method name does not say
 * what it does on its own gives its name in {@code @Operation(operationId = …)}, which wins. SmallRye OpenAPI fails
 * the build on a name used twice ({@code mp.openapi.extensions.smallrye.duplicateOperationIdBehavior=FAIL}).
 */
public class OperationNames implements OperationIdGenerator {

    @Override
    public String generateOperationId(ClassInfo resource, MethodInfo method) {
        String noun = resource.simpleName().replaceAll("(Resource|Endpoints|Download)$", "");
        return method.name() + noun;
    }
}
