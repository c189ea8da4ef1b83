package dk.rodtraad.chassis.input;

import dk.rodtraad.chassis.time.DanishDates;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Checks {@link WorkDate}: today is the municipality's, from the injected clock (a test's clock too). One instance per
 * annotated field ({@code @Dependent}), since each keeps its own {@code happened}.
 */
@Dependent
public class WorkDateValidator implements ConstraintValidator<WorkDate, LocalDate> {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final Clock clock;
    private boolean happened;

    public WorkDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(WorkDate constraint) {
        happened = constraint.happened();
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        String problem = date == null ? null
                : date.isBefore(EARLIEST) ? "Datoen kan ikke ligge før år 1900"
                : happened && date.isAfter(DanishDates.today(clock))
                        ? "Datoen må ikke ligge i fremtiden"
                : date.isAfter(LATEST) ? "Datoen kan ikke ligge efter år 2099"
                : null;
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
