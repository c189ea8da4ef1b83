package dk.rodtraad.concern.language;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** The sign codes of one published version of the shared language: what a concern's signs are checked against. */
public record Taxonomy(int version, Set<String> signCodes) {

    public Taxonomy {
        signCodes = Set.copyOf(signCodes);
    }

    /**
     * @param field the request field holding the codes, e.g. {@code signs}
     * @throws InvalidInputException naming each code that is not in this version, e.g. {@code signs[1]}
     */
    public void requireKnown(String field, List<String> codes) {
        var unknown = new ArrayList<Problem.FieldError>();
        IntStream.range(0, codes.size()).filter(i -> !signCodes.contains(codes.get(i))).forEach(i -> unknown.add(
                new Problem.FieldError(field + "[" + i + "]",
                        "Tegnet findes ikke i det fælles sprog (version " + version + ")")));
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }
}
