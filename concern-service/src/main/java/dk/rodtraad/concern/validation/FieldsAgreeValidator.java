package dk.rodtraad.concern.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Turns each of a {@link CrossFieldRules} object's problems into a violation on the field it names. */
public class FieldsAgreeValidator implements ConstraintValidator<FieldsAgree, CrossFieldRules> {

    @Override
    public boolean isValid(CrossFieldRules value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        var problems = value.crossFieldProblems();
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (var problem : problems) {
            context.buildConstraintViolationWithTemplate(literal(problem.message()))
                    .addPropertyNode(problem.field()).addConstraintViolation();
        }
        return false;
    }

    /** The message is plain text, not a template: braces or dollar signs in it must not be interpolated. */
    private static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
