package dk.rodtraad.concern.web;

import dk.rodtraad.concern.recording.ConcernLevel;
import io.quarkus.qute.TemplateData;

/**
 * A concern's level as the pages show it: the {@code tags/niveau.html} badge, coloured by the code and always with the
 * level in words, so it never shows by colour alone.
 */
@TemplateData
public record Level(String code, String label) {

    public static Level of(ConcernLevel level) {
        return new Level(level.code(), level.label());
    }
}
