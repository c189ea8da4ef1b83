package dk.rodtraad.concern.validation;

import java.util.List;

/**
 * A request part whose fields must agree with each other (either this or that, this only with that). With
 * {@link FieldsAgree} on the type, Bean Validation reports each problem on its own field, together with every other
 * bad field of the request, so the user sees all of them at once.
 */
public interface CrossFieldRules {

    /** What is wrong, each on a field of this object; empty when the fields agree. */
    List<FieldProblem> crossFieldProblems();

    /** @param field a property of this object, as the client names it; @param message Danish, for the user */
    record FieldProblem(String field, String message) {
    }
}
