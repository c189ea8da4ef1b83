package dk.rodtraad.catalogue.versioning.web;

import dk.rodtraad.catalogue.versioning.FirstVersion;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.time.DanishDates;
import io.quarkus.qute.TemplateData;

/** One version of a versioned document (the Vejviser, the shared language) in the version list, in Danish. */
@TemplateData
public record VersionRow(int number, boolean draft, String status, String created, String published) {

    public static VersionRow of(VersionView<?> v, AppMessages msg, People.Names names) {
        boolean draft = v.publishedAt() == null;
        return new VersionRow(v.number(), draft, draft ? msg.version_draft() : msg.version_published(),
                DanishDates.dateTime(v.createdAt()) + " (" + who(v.createdBy(), msg, names) + ")",
                draft ? "" : DanishDates.dateTime(v.publishedAt()) + " (" + who(v.publishedBy(), msg, names) + ")");
    }

    /** A person by name; the first version, which the service published at its first start, by Rød Tråd. */
    private static String who(String username, AppMessages msg, People.Names names) {
        return FirstVersion.SYSTEM_USER.equals(username) ? msg.version_by_system() : names.of(username);
    }
}
