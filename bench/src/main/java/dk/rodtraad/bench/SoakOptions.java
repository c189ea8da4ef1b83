package dk.rodtraad.bench;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How long and how hard {@code ./rodtraad bench --soak [duration] [--rate concerns/s]} runs.
 *
 * @param duration how long the load runs (default 30 minutes)
 * @param rate     concerns recorded a second; the other kinds of request follow at their multiples of it
 *                 ({@link SoakRequest#perConcern()})
 */
record SoakOptions(Duration duration, int rate) {

    static final String FLAG = "--soak";
    static final Duration DEFAULT_DURATION = Duration.ofMinutes(30);
    /** Four concerns a second (twenty requests in all): what the shared 2-core machine holds with room to spare. */
    static final int DEFAULT_RATE = 4;

    private static final Pattern DURATION = Pattern.compile("(\\d+)([smh])");
    private static final String USAGE = "Usage: bench --soak [duration, e.g. 30m, 90s, 1h] [--rate <concerns/s>]";

    static SoakOptions parse(String[] args) {
        if (args.length == 0 || !args[0].equals(FLAG)) {
            throw new IllegalArgumentException(USAGE);
        }
        Duration duration = DEFAULT_DURATION;
        int rate = DEFAULT_RATE;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--rate") && i + 1 < args.length) {
                rate = Integer.parseInt(args[++i]);
            } else if (i == 1 && DURATION.matcher(args[i]).matches()) {
                duration = duration(args[i]);
            } else {
                throw new IllegalArgumentException(USAGE);
            }
        }
        if (rate < 1 || duration.toSeconds() < 1) {
            throw new IllegalArgumentException(USAGE);
        }
        return new SoakOptions(duration, rate);
    }

    /** e.g. "30m", "90s", "1h" */
    static Duration duration(String text) {
        var matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(USAGE);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    /** How often the soak prints a line: a tenth of the run, at least every 10 s and at most every minute. */
    Duration interval() {
        Duration tenth = duration.dividedBy(10);
        Duration floor = Duration.ofSeconds(10);
        Duration ceiling = Duration.ofMinutes(1);
        return tenth.compareTo(floor) < 0 ? floor : tenth.compareTo(ceiling) > 0 ? ceiling : tenth;
    }
}
