package dk.rodtraad.concern.insight;

/**
 * Whose report: the child's CPR number ({@code DDMMYY-SSSS}, with or without the dash), in the body, never in a URL.
 */
public record ReportRequest(String cpr) {
}
