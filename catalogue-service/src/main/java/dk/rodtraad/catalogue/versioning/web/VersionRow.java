package dk.rodtraad.catalogue.versioning.web;

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
                DanishDates.dateTime(v.createdAt()) + " (" + names.of(v.createdBy()) + ")",
                draft ? "" : DanishDates.dateTime(v.publishedAt()) + " (" + names.of(v.publishedBy()) + ")");
    }
}
