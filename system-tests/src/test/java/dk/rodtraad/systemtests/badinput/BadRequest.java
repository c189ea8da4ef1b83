package dk.rodtraad.systemtests.badinput;

/**
 * One request of the corpus: an operation called with something wrong in it.
 *
 * @param kind        what is wrong, for the result table (e.g. {@code wrong-type})
 * @param target      the path with its parameters filled in, and the query, already percent-encoded
 * @param contentType the body's content type, or null without a body
 * @param body        the body's bytes, exactly as sent (it may be invalid UTF-8), or null
 * @param what        what exactly is wrong, for a failure message
 */
record BadRequest(String kind, Operation operation, String target, String contentType, byte[] body, String what) {
}
