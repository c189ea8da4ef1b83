package dk.rodtraad.concern.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Checks a {@link CrossFieldRules} type's rules across its fields. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FieldsAgreeValidator.class)
public @interface FieldsAgree {

    String message() default "Felterne passer ikke sammen";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
