package dk.rodtraad.catalogue.csv;

import java.util.Locale;

/** The columns of the competence overview's spreadsheet. */
enum CompetenceColumn implements Spreadsheet.Column {
    METODE, ENHED, MEDARBEJDERE, KONTAKT;

    @Override
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }
}
