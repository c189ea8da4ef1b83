package dk.rodtraad.testkit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a sound {@code POST /concerns} to concern-service, for the demo data and the system tests: the child,
 * one sign, the level, what was seen, the parents' involvement and the child's own view.
 */
public final class ConcernRequests {

    /**
     * @param professional the recording professional's username: the parents were involved by them
     * @param tovholder    the tovholder to name, needed when the concern brings a second discipline; or null
     */
    public static Map<String, Object> concern(String cpr, String name, String sign, String level, String setting,
            LocalDate observedOn, String observation, String professional, String tovholder) {
        var body = new HashMap<String, Object>();
        body.put("child", Map.of("cpr", cpr, "name", name));
        body.put("signs", List.of(sign));
        body.put("level", level);
        body.put("setting", setting);
        body.put("observedOn", observedOn.toString());
        body.put("observation", observation);
        body.put("parents", Map.of("involvedOn", observedOn.toString(), "how", "samtale", "involvedBy", professional,
                "perspective", "Forældrene genkender det og vil gerne have hjælp."));
        body.put("childView", Map.of("method", "samtale", "view", "Barnet fortæller, at det er svært for tiden."));
        if (tovholder != null) {
            body.put("tovholder", tovholder);
        }
        return body;
    }

    private ConcernRequests() {
    }
}
