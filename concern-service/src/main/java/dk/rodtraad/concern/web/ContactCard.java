package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.directory.Colleague;
import io.quarkus.qute.TemplateData;

/** Whom a professional outside a child's case team contacts about it, with their discipline in Danish. */
@TemplateData
public record ContactCard(String name, String discipline, String email, String phone) {

    public static ContactCard of(Colleague colleague) {
        return new ContactCard(colleague.name(), Labels.profession(colleague.discipline()), colleague.email(),
                colleague.phone());
    }

    /** The phone number as a {@code tel:} link wants it: digits and a leading plus. */
    public String phoneLink() {
        return phone == null ? null : phone.replaceAll("[^+0-9]", "");
    }
}
