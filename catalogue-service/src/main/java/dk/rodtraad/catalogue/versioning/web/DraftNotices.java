package dk.rodtraad.catalogue.versioning.web;

import dk.rodtraad.catalogue.web.AppMessages;

/** What a versioned document's page confirms after the editor was sent back to it ({@code ?besked=...}). */
public final class DraftNotices {

    public static String of(String besked, AppMessages msg) {
        return switch (besked == null ? "" : besked) {
            case "udkast" -> msg.draft_started();
            case "gemt" -> msg.draft_saved();
            case "offentliggjort" -> msg.draft_published();
            default -> null;
        };
    }

    private DraftNotices() {
    }
}
