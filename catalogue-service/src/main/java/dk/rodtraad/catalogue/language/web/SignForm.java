package dk.rodtraad.catalogue.language.web;

import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.FormValues;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.Map;

/**
 * One sign of the shared language as its group's form shows and sends it; its fields are named by its code, e.g.
 * {@code angst.ageToYears}. The code itself is fixed: events and concerns refer to it.
 *
 * @param errors by field without the code, e.g. {@code ageToYears}
 */
@TemplateData
public record SignForm(String code, String name, String description, String ageFromYears, String ageToYears,
        Map<String, String> errors) {

    public static SignForm of(LanguageContent.Sign sign) {
        return new SignForm(sign.code(), sign.name(), sign.description(), String.valueOf(sign.ageFromYears()),
                String.valueOf(sign.ageToYears()), Map.of());
    }

    public static SignForm read(String code, MultivaluedMap<String, String> form) {
        return new SignForm(code, field(form, code + ".name"), field(form, code + ".description"),
                field(form, code + ".ageFromYears"), field(form, code + ".ageToYears"), Map.of());
    }

    /** A sign the editor adds: its code is typed too, so every field is named by the form's prefix, e.g. {@code tegn.code}. */
    public static SignForm readNew(String prefix, MultivaluedMap<String, String> form) {
        SignForm sent = read(prefix, form);
        return new SignForm(field(form, prefix + ".code").strip(), sent.name, sent.description, sent.ageFromYears,
                sent.ageToYears, Map.of());
    }

    public static SignForm empty() {
        return new SignForm("", "", "", "", "", Map.of());
    }

    public SignForm withErrors(Map<String, String> found) {
        return new SignForm(code, name, description, ageFromYears, ageToYears, found);
    }

    /** The Danish label of one of a sign's fields, as the forms and their error summaries name it. */
    public static String label(String field, AppMessages msg) {
        return switch (field) {
            case "code" -> msg.field_code();
            case "name" -> msg.field_name();
            case "description" -> msg.language_description();
            case "ageFromYears" -> msg.field_ageFromYears();
            default -> msg.field_ageToYears();
        };
    }

    /** @param errors gets a message for each age that is not a whole number; such an age is read as -1, never stored */
    public LanguageContent.Sign sign(FormErrors errors, String notWhole) {
        return new LanguageContent.Sign(code, name.strip(), description.strip(),
                age(ageFromYears, "ageFromYears", errors, notWhole), age(ageToYears, "ageToYears", errors, notWhole));
    }

    private static int age(String text, String field, FormErrors errors, String notWhole) {
        Integer years = FormValues.whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE, field, errors, notWhole);
        if (years == null) {
            errors.add(field, notWhole);
            return -1;
        }
        return years;
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
