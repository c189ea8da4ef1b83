package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.util.UUID;

/** A course of network meetings was closed ({@code dk.rodtraad.network-meeting.course-closed.v1}). */
public record CourseClosedV1(UUID courseId, UUID childId, int meetingsHeld, Instant closedAt) {
}
