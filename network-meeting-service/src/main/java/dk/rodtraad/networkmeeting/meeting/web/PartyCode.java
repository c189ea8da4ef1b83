package dk.rodtraad.networkmeeting.meeting.web;

import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import dk.rodtraad.networkmeeting.meeting.ParticipantRequest;

import java.util.UUID;

/**
 * A person at a meeting as one value of a form's checkbox or select: {@code fagperson:hanne},
 * {@code netvaerk:<id>} or {@code rolle:mor}, read back as the API's {@link ParticipantRequest}.
 */
public final class PartyCode {

    public static String professional(String username) {
        return "fagperson:" + username;
    }

    public static String network(UUID participantId) {
        return "netvaerk:" + participantId;
    }

    public static String role(MeetingRole role) {
        return "rolle:" + role.code();
    }

    /** The request the value names, or null when it names none (the API then asks for one). */
    public static ParticipantRequest parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split(":", 2);
        if (parts.length < 2) {
            return new ParticipantRequest(null, null, null);
        }
        return switch (parts[0]) {
            case "fagperson" -> new ParticipantRequest(parts[1], null, null);
            case "netvaerk" -> {
                try {
                    yield new ParticipantRequest(null, UUID.fromString(parts[1]), null);
                } catch (IllegalArgumentException e) {
                    yield new ParticipantRequest(null, null, null);
                }
            }
            default -> new ParticipantRequest(null, null, Coded.find(MeetingRole.class, parts[1]).orElse(null));
        };
    }

    private PartyCode() {
    }
}
