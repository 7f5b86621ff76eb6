package uk.peel.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A benchmark's command-line options after the benchmark's name, in either {@code --name value} or
 * {@code --name=value} form, plus bare flags. Anything not declared is refused, naming it, so a mistyped option
 * never silently runs the benchmark with defaults.
 */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /** {@code args} as the jar got them ({@code bench NAME ...}); {@code valued} and {@code flagNames} are declared. */
    Arguments(String[] args, List<String> valued, List<String> flagNames) {
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (valued.contains(name)) {
                String value;
                if (equals > 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                if (value.isBlank()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                values.put(name, value);
            } else if (equals < 0 && flagNames.contains(arg)) {
                flags.add(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
        }
    }

    Arguments(String[] args, String... valued) {
        this(args, List.of(valued), List.of());
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) {
        return value(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
