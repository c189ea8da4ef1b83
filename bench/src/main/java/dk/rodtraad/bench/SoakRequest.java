package dk.rodtraad.bench;

import dk.rodtraad.testkit.StackConfig;

/**
 * The kinds of request in the soak's mix, each at its own fixed rate: a multiple of the concerns recorded a second, so
 * every service has work and reads outnumber writes as they do in a municipality's day.
 */
enum SoakRequest {

    CONCERN("concern", "POST /concerns (concern-service)", StackConfig.CONCERN, 201, 1),
    SEARCH("search", "GET /search?q=… (catalogue-service)", StackConfig.CATALOGUE, 200, 2),
    TIMELINE_NETWORK_MEETING("timeline nm", "GET /children/{id}/timeline (network-meeting-service)",
            StackConfig.NETWORK_MEETING, 200, 1),
    TIMELINE_FOLLOWUP("timeline fu", "GET /children/{id}/timeline (followup-service)", StackConfig.FOLLOWUP, 200, 1);

    private final String label;
    private final String description;
    private final String service;
    private final int expectedStatus;
    private final int perConcern;

    SoakRequest(String label, String description, String service, int expectedStatus, int perConcern) {
        this.label = label;
        this.description = description;
        this.service = service;
        this.expectedStatus = expectedStatus;
        this.perConcern = perConcern;
    }

    /** The short name on the interval lines, e.g. "timeline nm". */
    String label() {
        return label;
    }

    /** What the request is, e.g. "POST /concerns (concern-service)". */
    String description() {
        return description;
    }

    String service() {
        return service;
    }

    /** The status a request of this kind succeeds with; any other answer, or none, is an error. */
    int expectedStatus() {
        return expectedStatus;
    }

    /** Requests of this kind a second for each concern recorded a second. */
    int perConcern() {
        return perConcern;
    }
}
