package dk.rodtraad.chassis.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A date of the municipality's work with children: from 1 January 1900 ({@link WorkDateValidator#EARLIEST}) to 31
 * December 2099 ({@link WorkDateValidator#LATEST}), so a mistyped year (0001, 20266) is refused rather than stored;
 * with {@code happened = true} (a date something was seen, done or given) also not after today in the
 * municipality's time, by the services' one clock. A {@code null} is valid: {@code @NotNull} says whether one is
 * needed. Each case has its own Danish message.
 */
@Documented
@Constraint(validatedBy = WorkDateValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface WorkDate {

    /** Not used: the validator words each case itself. */
    String message() default "Datoen ligger uden for det mulige";

    /** The date says when something happened, so it cannot lie in the future. */
    boolean happened() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
