package dk.rodtraad.testkit.cli;

import dk.rodtraad.testkit.DemoUsers;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo data's concerns about fictitious children: who observed what, where and when. The children span the ages
 * the municipality serves (an infant, preschool children, school children, a teenager); their CPR numbers are made up
 * from an age, counted back from the day the demo data is loaded, so the children keep the ages their settings imply
 * however late the demo is started.
 */
public final class DemoConcerns {

    /**
     * A fictitious child of the given age today. The serial number's first digit 5 places a year from 00 to 57 in the
     * 2000s (the CPR office's century rule), so these numbers mean births in this century until 2057.
     */
    public record DemoChild(String name, Period age, String serial) {

        private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

        public String cpr(LocalDate today) {
            return today.minus(age).format(DDMMYY) + "-" + serial;
        }
    }

    /** A concern about the child, observed {@code daysAgo} days before the demo data is loaded. */
    public record DemoConcern(String professional, DemoChild child, String sign, String level, String setting,
            int daysAgo, String observation) {

        public LocalDate observed(LocalDate today) {
            return today.minusDays(daysAgo);
        }
    }

    private static final DemoChild ASTA = new DemoChild("Asta Jensen", Period.of(8, 3, 12), "5021");
    private static final DemoChild MALIK = new DemoChild("Malik Hansen", Period.ofMonths(4), "5137");
    private static final DemoChild SOFIE = new DemoChild("Sofie Larsen", Period.of(4, 7, 3), "5284");
    private static final DemoChild NOAH = new DemoChild("Noah Pedersen", Period.of(3, 9, 20), "5318");
    private static final DemoChild ELLA = new DemoChild("Ella Nielsen", Period.of(14, 2, 5), "5426");
    private static final DemoChild OLIVER = new DemoChild("Oliver Madsen", Period.of(13, 5, 9), "5033");
    private static final DemoChild FREJA = new DemoChild("Freja Christensen", Period.of(7, 10, 1), "5052");

    /**
     * Five teenagers whose talks with the school psychologist ended months ago ({@link DemoPlans}), so that "Hvad
     * virker?" has an intervention with enough ended plans to show its figures (five children at least).
     */
    public static final List<DemoConcern> ENDED_TALKS = List.of(
            new DemoConcern(DemoUsers.LISE, new DemoChild("Emil Andersen", Period.of(14, 3, 2), "5512"), "fravaer",
                    "yellow", "skole", 230, "Emil kommer for sent næsten hver dag og siger, at skolen er for meget."),
            new DemoConcern(DemoUsers.LISE, new DemoChild("Ida Thomsen", Period.of(15, 1, 17), "5547"), "isolerer-sig",
                    "yellow", "skole", 222, "Ida er holdt op med at række hånden op og spiser ikke sin madpakke."),
            new DemoConcern(DemoUsers.LISE, new DemoChild("Lucas Poulsen", Period.of(13, 10, 8), "5603"), "fravaer",
                    "yellow", "skole", 215, "Lucas har været væk fra skole to dage om ugen i en måned."),
            new DemoConcern(DemoUsers.LISE, new DemoChild("Clara Rasmussen", Period.of(16, 0, 4), "5639"),
                    "mangler-venner", "yellow", "skole", 208,
                    "Clara sidder alene i frikvartererne og siger, at ingen vil være sammen med hende."),
            new DemoConcern(DemoUsers.LISE, new DemoChild("William Johansen", Period.of(14, 8, 25), "5671"),
                    "isolerer-sig", "yellow", "skole", 201,
                    "William er blevet stille og trækker sig fra sine venner i klassen."));

    /** In the order they are recorded; the first child's timeline is the one the start shows. */
    public static final List<DemoConcern> ALL = Stream.concat(Stream.of(
            new DemoConcern(DemoUsers.LISE, ASTA, "isolerer-sig", "yellow", "skole", 9,
                    "Asta er ofte alene i frikvartererne og har svært ved at komme i gang med opgaverne."),
            new DemoConcern(DemoUsers.KASPER, ASTA, "isolerer-sig", "yellow", "fritid", 4,
                    "Asta er stoppet med at komme i klubben om onsdagen, hvor hun ellers altid var med."),
            new DemoConcern(DemoUsers.HANNE, MALIK, "trivsel-vaegt", "red", "sundhedspleje", 2,
                    "Ved hjemmebesøget virkede mor meget belastet, og Malik tager ikke på som forventet."),
            new DemoConcern(DemoUsers.PETER, SOFIE, "konfliktfyldt-skilsmisse", "yellow", "dagtilbud", 6,
                    "Sofie har fået sværere ved at falde til ro efter forældrenes skilsmisse."),
            new DemoConcern(DemoUsers.PETER, NOAH, "isolerer-sig", "yellow", "dagtilbud", 5,
                    "Noah leger mest for sig selv og siger næsten ikke noget i samling."),
            new DemoConcern(DemoUsers.KASPER, ELLA, "isolerer-sig", "yellow", "fritid", 8,
                    "Ella kommer i klubben, men sidder mest alene med sin telefon."),
            new DemoConcern(DemoUsers.LISE, OLIVER, "fravaer", "yellow", "skole", 60,
                    "Oliver har været væk fra skole hver mandag den sidste måned og siger, han ikke kan sove."),
            new DemoConcern(DemoUsers.KASPER, FREJA, "mangler-venner", "yellow", "fritid", 55,
                    "Freja går alene rundt i SFO'en og bliver ked af det, når de andre vælger hold.")),
            ENDED_TALKS.stream()).toList();

    private DemoConcerns() {
    }
}
