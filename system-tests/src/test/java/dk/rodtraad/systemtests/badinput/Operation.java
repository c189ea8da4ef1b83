package dk.rodtraad.systemtests.badinput;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;

/**
 * One operation of a service, as its OpenAPI document describes it.
 *
 * @param path       the path template, e.g. {@code /concerns/{id}/reassessments}
 * @param bodyType   the request body's media type, or null without a body
 * @param body       the body's schema with every {@code $ref} resolved (an object's {@code properties}), or null
 * @param roles      the roles that may call it (none: open to anyone)
 * @param page       whether it answers HTML: its refusals are then the Danish refusal page, not problem+json
 */
record Operation(String service, String method, String path, List<String> pathParams, List<String> queryParams,
        String bodyType, JsonNode body, Set<String> roles, boolean page) {

    String name() {
        return service + " " + method.toUpperCase() + " " + path;
    }
}
