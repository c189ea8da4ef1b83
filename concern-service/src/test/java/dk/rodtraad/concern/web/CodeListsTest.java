package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.concern.notification.Ground;
import dk.rodtraad.concern.notification.Outcome;
import dk.rodtraad.concern.notification.Urgency;
import dk.rodtraad.concern.recording.ChildViewMethod;
import dk.rodtraad.concern.recording.ConcernLevel;
import dk.rodtraad.concern.recording.ParentContact;
import dk.rodtraad.concern.recording.Setting;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CodeListsTest {

    private static final List<Class<? extends Coded>> LISTS = List.of(ConcernLevel.class, Setting.class,
            ParentContact.class, ChildViewMethod.class, Ground.class, Urgency.class, Outcome.class);

    @Test
    void everyCodeHasADanishLabelThatIsNotTheCode() {
        LISTS.stream().flatMap(list -> Stream.of(list.getEnumConstants())).forEach(value ->
                assertFalse(value.label().isBlank() || value.label().equals(value.code()), value.toString()));
    }

    @Test
    void theCodesAreTheOnesTheApiAndTheEventsSpeak() {
        assertEquals(List.of("green", "yellow", "red"), Stream.of(ConcernLevel.values()).map(Coded::code).toList());
        assertEquals("smiley-skala", ChildViewMethod.SMILEY_SKALA.code());
        assertEquals("ikke-akut", Urgency.IKKE_AKUT.code());
        assertEquals("boernefaglig-undersoegelse", Outcome.BOERNEFAGLIG_UNDERSOEGELSE.code());
        assertEquals("Grøn", ConcernLevel.GREEN.label());
        assertEquals("Møde", ParentContact.MOEDE.label());
    }
}
