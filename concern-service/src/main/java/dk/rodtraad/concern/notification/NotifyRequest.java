package dk.rodtraad.concern.notification;

import dk.rodtraad.concern.validation.FieldsAgree;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An underretning made from a recorded concern, which names the child. */
@FieldsAgree
public record NotifyRequest(
        @NotNull(message = GROUND) Ground ground,
        @NotBlank(message = KNOWN) @Size(max = 8000, message = "Højst 8000 tegn") String knownOrSuspected,
        @NotNull(message = PARENTS) Boolean parentsInformed,
        @Size(max = 4000, message = "Højst 4000 tegn") String parentsNotInformedReason) implements NotificationDetails {

    static final String GROUND =
            "Vælg hvad du underretter om: særlig støtte, et ufødt barn, ulovligt skolefravær eller overgreb";
    static final String KNOWN = "Beskriv hvad du ved eller har mistanke om";
    static final String PARENTS = "Angiv om forældrene er orienteret om underretningen";
}
