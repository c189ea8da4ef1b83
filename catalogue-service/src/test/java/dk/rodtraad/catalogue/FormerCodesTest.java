package dk.rodtraad.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.catalogue.intervention.InterventionRevision.Change;
import dk.rodtraad.catalogue.versioning.DocumentVersion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormerCodesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesRevisionChangesAndDocumentStatusesAsDanishCodes() throws Exception {
        assertEquals("[\"oprettet\",\"aendret\",\"offentliggjort\",\"sat-paa-pause\",\"udgaaet\"]",
                json.writeValueAsString(Change.values()));
        assertEquals("[\"udkast\",\"offentliggjort\"]", json.writeValueAsString(DocumentVersion.Status.values()));
    }

    @Test
    void readsTheDanishCodes() throws Exception {
        assertEquals(Change.PAUSED, json.readValue("\"sat-paa-pause\"", Change.class));
        assertEquals(DocumentVersion.Status.DRAFT, json.readValue("\"udkast\"", DocumentVersion.Status.class));
    }

    @Test
    void stillReadsTheFormerEnglishNamesAClientMayHaveStored() throws Exception {
        assertEquals(Change.PUBLISHED, json.readValue("\"PUBLISHED\"", Change.class));
        assertEquals(Change.EDITED, json.readValue("\"EDITED\"", Change.class));
        assertEquals(DocumentVersion.Status.DRAFT, json.readValue("\"DRAFT\"", DocumentVersion.Status.class));
        assertEquals(DocumentVersion.Status.PUBLISHED, json.readValue("\"PUBLISHED\"", DocumentVersion.Status.class));
    }
}
