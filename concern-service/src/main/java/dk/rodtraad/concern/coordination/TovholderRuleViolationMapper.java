package dk.rodtraad.concern.coordination;

import dk.rodtraad.chassis.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A change the tovholder rule forbids conflicts with the case as it is: 409, with the rule's Danish words. */
public class TovholderRuleViolationMapper {

    @ServerExceptionMapper
    public Response violated(TovholderRuleViolation e) {
        var problem = Problem.of(409, "Tovholderreglen", e.getMessage());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
