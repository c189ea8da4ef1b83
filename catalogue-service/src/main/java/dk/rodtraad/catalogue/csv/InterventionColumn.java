package dk.rodtraad.catalogue.csv;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the spreadsheet a municipality keeps its catalogue in, in the order the export writes them, each
 * with the field of {@link dk.rodtraad.catalogue.intervention.InterventionContent} it fills.
 */
enum InterventionColumn implements Spreadsheet.Column {
    KODE("kode", "code"),
    NAVN("navn", "name"),
    KORT_BESKRIVELSE("kort_beskrivelse", "shortDescription"),
    LANG_BESKRIVELSE("lang_beskrivelse", "longDescription"),
    ALDER_FRA("alder_fra", "ageFromYears"),
    ALDER_TIL("alder_til", "ageToYears"),
    TEGN("tegn", "signs"),
    TYPE("type", "type"),
    FOREBYGGELSESNIVEAU("forebyggelsesniveau", "preventionLevel"),
    TRIN("trin", "step"),
    AFDELING("afdeling", "department"),
    FORANKRING("forankring", "anchoring"),
    LOVGRUNDLAG("lovgrundlag", "legalBasis"),
    METODE("metode", "method"),
    EVIDENSNIVEAU("evidensniveau", "evidenceLevel"),
    KOMPETENCER("kompetencer", "competences"),
    KAPACITET("kapacitet", "capacityPerYear"),
    VENTETID_UGER("ventetid_uger", "waitingWeeks"),
    ADGANG("adgang", "access"),
    KONTAKT("kontakt", "contact"),
    STEDER("steder", "locations"),
    STATUS("status", "status");

    final String header;
    final String field;

    InterventionColumn(String header, String field) {
        this.header = header;
        this.field = field;
    }

    @Override
    public String header() {
        return header;
    }

    /** The column of a field path such as {@code signs[2]} or {@code name}. */
    static Optional<InterventionColumn> ofField(String path) {
        String field = path.replaceAll("[\\[.].*$", "");
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst();
    }
}
