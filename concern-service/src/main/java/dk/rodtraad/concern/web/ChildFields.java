package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.child.ChildIdentity;

import java.util.UUID;

/**
 * The child as a form names it: one of the professional's children picked in {@code childId}, or a child typed in as
 * {@code childCpr} and {@code childName}, the names {@link FormErrors#formField} gives the API's {@code child.id},
 * {@code child.cpr} and {@code child.name}. Shared by every form that names a child, so they read it alike.
 */
public final class ChildFields {

    /** A picked id that cannot be read is the {@code childId} field's error and stands as null. */
    public static ChildIdentity identity(String childId, String childCpr, String childName, FormErrors errors,
            String notAChoice) {
        return blank(childId) ? new ChildIdentity(null, text(childCpr), text(childName))
                : new ChildIdentity(uuid(childId, errors, notAChoice), blank(childCpr) ? null : text(childCpr),
                        blank(childName) ? null : text(childName));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? null : value.strip();
    }

    private static UUID uuid(String value, FormErrors errors, String message) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add("child.id", message);
            return null;
        }
    }

    private ChildFields() {
    }
}
