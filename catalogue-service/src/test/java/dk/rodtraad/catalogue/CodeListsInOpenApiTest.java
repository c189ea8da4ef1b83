package dk.rodtraad.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.codes.Coded;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An IT department reading the OpenAPI document sees the code lists as the API speaks them. */
@QuarkusTest
class CodeListsInOpenApiTest {

    @Test
    void theCodeListsAreDocumentedByTheirDanishCodesNeverByTheJavaConstants() throws Exception {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        var enums = new ArrayList<List<String>>();
        collectEnums(new ObjectMapper().readTree(document), enums);

        for (var list : CodeListsInOpenApi.CODE_LISTS) {
            var codes = Arrays.stream(list.getEnumConstants()).map(Coded::code).toList();
            var constants = Arrays.stream(list.getEnumConstants()).map(Coded::name).toList();
            assertTrue(enums.contains(codes), list.getSimpleName() + " by its codes " + codes + " in " + enums);
            assertFalse(enums.contains(constants), list.getSimpleName() + " by its Java constants");
        }
    }

    private static void collectEnums(JsonNode node, List<List<String>> into) {
        if (node.has("enum")) {
            var values = new ArrayList<String>();
            node.get("enum").forEach(value -> values.add(value.asText()));
            into.add(values);
        }
        node.forEach(child -> collectEnums(child, into));
    }
}
