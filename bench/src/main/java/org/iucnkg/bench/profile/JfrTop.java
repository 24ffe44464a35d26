package org.iucnkg.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a JFR recording: the share of CPU samples in which each method is on
 * the stack (inclusive) and at the top (self), the busiest first. Usage: {@code JfrTop FILE.jfr [N] [PREFIX...]};
 * with prefixes, the inclusive table lists only methods of those packages.
 */
public final class JfrTop {
    private JfrTop() {}

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        System.out.print(summary(Path.of(args[0]), top, args.length > 2 ? List.of(args).subList(2, args.length) : List.of()));
    }

    /** The two tables as text: self time, and inclusive time of the methods under {@code prefixes} (all, if none). */
    public static String summary(Path file, int top, List<String> prefixes) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) continue;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) continue;
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) inclusive.merge(name, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d CPU samples in %s%n%nself%n", samples, file.getFileName()));
        print(out, self, samples, top, List.of());
        out.append(String.format("%ninclusive%s%n", prefixes.isEmpty() ? "" : " (" + String.join(", ", prefixes) + ")"));
        print(out, inclusive, samples, top, prefixes);
        return out.toString();
    }

    private static void print(StringBuilder out, Map<String, Integer> counts, int samples, int top, List<String> prefixes) {
        counts.entrySet().stream()
                .filter(e -> prefixes.isEmpty() || prefixes.stream().anyMatch(e.getKey()::startsWith))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format("%5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey())));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
