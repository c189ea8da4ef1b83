package dk.rodtraad.catalogue.csv;

import dk.rodtraad.catalogue.intervention.InterventionContent;
import dk.rodtraad.catalogue.intervention.InterventionStatus;

/**
 * One intervention as a row of the file says it should be.
 *
 * @param line the row's number as the spreadsheet shows it: the header is row 1
 */
public record CsvRow(int line, InterventionContent content, InterventionStatus status) {
}
