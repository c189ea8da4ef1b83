package dk.rodtraad.catalogue.family.web;

import dk.rodtraad.catalogue.family.FamilyContact;
import io.quarkus.qute.TemplateData;

/** The municipality's contact as the family pages show it; {@code tel} is the phone number without spaces. */
@TemplateData
public record ContactView(String name, String phone, String tel, String email, String hours) {

    public static ContactView of(FamilyContact contact) {
        return new ContactView(contact.name(), contact.phone(), contact.phone().replaceAll("[^+0-9]", ""),
                contact.email(), contact.hours());
    }
}
