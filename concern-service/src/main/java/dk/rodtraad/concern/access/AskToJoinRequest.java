package dk.rodtraad.concern.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** A professional with records of their own about the child asks to join its case team, on a basis. */
public record AskToJoinRequest(@Valid Basis basis,
        @Size(max = 2000, message = "Højst 2000 tegn") String message) {
}
