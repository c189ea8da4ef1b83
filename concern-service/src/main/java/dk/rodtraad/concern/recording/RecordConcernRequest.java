package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.input.WorkDate;
import dk.rodtraad.concern.child.ChildIdentity;
import dk.rodtraad.concern.validation.CrossFieldRules;
import dk.rodtraad.concern.validation.FieldsAgree;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What a professional records when they are concerned about a child. The parents are always involved; the only
 * exception is a recorded reason for not involving them (e.g. suspected abuse: the parents must not be told first).
 * {@code tovholder} (a username) names the case's tovholder; it is needed when this concern brings a second
 * discipline to a case without one. {@code ageReason} names why the municipality acts for someone 18 or older
 * (a code of {@code rodtraad.age.reasons}, e.g. {@code eftervaern}: {@link ChildAge}).
 */
@FieldsAgree
public record RecordConcernRequest(
        @NotNull(message = "Angiv barnet") @Valid ChildIdentity child,
        @NotEmpty(message = "Vælg mindst ét tegn fra det fælles sprog") @Size(max = 30, message = "Vælg højst 30 tegn på mistrivsel") List<@NotBlank(message = "Angiv tegnets kode") @Size(max = 60, message = "Højst 60 tegn") String> signs,
        @NotNull(message = "Vælg et niveau: grøn, gul eller rød") ConcernLevel level,
        boolean acute,
        @NotNull(message = "Vælg hvor du så tegnene") Setting setting,
        @NotNull(message = "Angiv hvornår du så tegnene") @WorkDate(happened = true) LocalDate observedOn,
        @NotBlank(message = "Beskriv hvad du har set") @Size(max = 4000, message = "Højst 4000 tegn") String observation,
        @Valid ParentsInvolvement parents,
        @Size(max = 4000, message = "Højst 4000 tegn") String parentsNotInvolvedReason,
        @NotNull(message = "Angiv barnets eget perspektiv") @Valid ChildView childView,
        @Size(max = 100, message = "Højst 100 tegn") String tovholder,
        @Size(max = 60, message = "Højst 60 tegn") String ageReason) implements CrossFieldRules {

    @Override
    public List<FieldProblem> crossFieldProblems() {
        boolean reasonGiven = parentsNotInvolvedReason != null && !parentsNotInvolvedReason.isBlank();
        if (parents == null && !reasonGiven) {
            return List.of(new FieldProblem("parents",
                    "Forældrene skal altid inddrages. Beskriv inddragelsen, eller begrund hvorfor de ikke er inddraget"));
        }
        if (parents != null && reasonGiven) {
            return List.of(new FieldProblem("parentsNotInvolvedReason",
                    "Forældrene er inddraget. Angiv kun en begrundelse, når de ikke er"));
        }
        return List.of();
    }
}
