package dk.rodtraad.catalogue.language.web;

import dk.rodtraad.chassis.web.FormErrors;
import jakarta.validation.ConstraintViolation;

import java.util.Collection;
import java.util.Map;

/** Bean Validation's messages for one record of a form that shows several, by field. */
final class FormErrorsOf {

    static Map<String, String> violations(Collection<? extends ConstraintViolation<?>> violations) {
        var errors = new FormErrors();
        errors.addViolations(violations);
        return errors.byField();
    }

    private FormErrorsOf() {
    }
}
