package dk.rodtraad.chassis.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The WARN and ERROR records Rød Tråd, Quarkus, Vert.x and Quarkus REST log while it is open: what an operator
 * would find in the log after the requests a test sends.
 */
final class LoggedProblems implements AutoCloseable {

    private static final List<String> WATCHED = List.of("dk.rodtraad", "io.quarkus", "io.vertx", "org.jboss.resteasy");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && WATCHED.stream().anyMatch(logger::startsWith)) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    static LoggedProblems capture() {
        var problems = new LoggedProblems();
        Logger.getLogger("").addHandler(problems.handler);
        return problems;
    }

    List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
