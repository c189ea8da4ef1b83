package dk.rodtraad.concern.consultation;

import dk.rodtraad.concern.recording.Setting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A consultation with its history, oldest note first; {@code childId} is null while it is anonymous. */
public record ConsultationView(UUID id, long version, String situation, Setting setting, Integer childAgeYears,
        String openedBy, Instant openedAt, UUID childId, String linkedBy, Instant linkedAt, List<Note> notes) {

    public record Note(String text, String writtenBy, Instant writtenAt) {
    }

    static ConsultationView of(Consultation consultation, List<ConsultationNote> notes) {
        return new ConsultationView(consultation.id, consultation.version, consultation.situation,
                consultation.setting, consultation.childAgeYears, consultation.openedBy, consultation.openedAt,
                consultation.childId, consultation.linkedBy, consultation.linkedAt,
                notes.stream().map(note -> new Note(note.text, note.writtenBy, note.writtenAt)).toList());
    }
}
