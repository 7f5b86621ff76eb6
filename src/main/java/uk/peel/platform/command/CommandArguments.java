package uk.peel.platform.command;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.peel.platform.ForceTime;

/**
 * The options of one of the jar's commands, after its words ({@code export police-uk ...}), in either
 * {@code --name value} or {@code --name=value} form, plus bare flags. The one reader for the offline commands and
 * the benchmarks, so every command answers a mistake the same way: anything not declared is refused by name, and the
 * typed accessors ({@link #month}, {@link #writableDirectory}) check what can be checked <em>before</em> Peel starts,
 * so a typing mistake costs a second, not a database start, and is never reported after half the work is done.
 *
 * <p>A command that runs Peel may {@link #passingSpringOptions() pass on} any other {@code --name=value} to Spring
 * (such as {@code --peel.police-uk.force=...}); {@code --data-dir D} is always Peel's {@code peel.data-dir}.
 */
public final class CommandArguments {

    /** The exit status of a command line that cannot be run as typed, as the {@code peel} script uses. */
    public static final int BAD_USAGE = 2;

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> spring = new ArrayList<>();

    private CommandArguments() {
    }

    /**
     * Reads {@code args} as the jar got them, skipping the command's {@code words} ({@code export police-uk} is 2);
     * {@code valued} options take a value, {@code flagNames} do not. With {@code passSpring}, an undeclared
     * {@code --name=value} goes to Spring instead of being refused.
     */
    public static CommandArguments read(String[] args, int words, List<String> valued, List<String> flagNames, boolean passSpring) {
        CommandArguments read = new CommandArguments();
        for (int i = words; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (valued.contains(name) || (passSpring && name.equals("--data-dir"))) {
                String value;
                if (equals > 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new BadUsageException(name + " needs a value");
                }
                if (value.isBlank()) {
                    throw new BadUsageException(name + " needs a value");
                }
                if (read.values.containsKey(name)) {
                    throw new BadUsageException(name + " is given twice");
                }
                read.values.put(name, value.strip());
            } else if (equals < 0 && flagNames.contains(arg)) {
                read.flags.add(arg);
            } else if (passSpring && equals > 2 && arg.startsWith("--")) {
                read.spring.add(arg);
            } else {
                throw new BadUsageException("unexpected argument '" + arg + "'");
            }
        }
        read.value("--data-dir").ifPresent(dir -> read.spring.add("--peel.data-dir=" + dir));
        return read;
    }

    /** Shorthand for a command that runs Peel: the given options, no flags, other Spring options passed on. */
    public static CommandArguments forPeel(String[] args, int words, String... valued) {
        return read(args, words, List.of(valued), List.of(), true);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String required(String name, String what) {
        return value(name).orElseThrow(() -> new BadUsageException(name + " is needed: " + what));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /**
     * The month given as {@code name} (YYYY-MM), required, and not after the force's current month by
     * {@code clock}: nothing can be returned or published for a month that has not begun.
     */
    public YearMonth month(String name, Clock clock) {
        String text = required(name, "the month, as YYYY-MM");
        YearMonth month = parseMonth(name, text);
        YearMonth now = YearMonth.now(clock.withZone(ForceTime.ZONE));
        if (month.isAfter(now)) {
            throw new BadUsageException(name + " " + text + ": has not begun yet (this month is " + now + ")");
        }
        return month;
    }

    static YearMonth parseMonth(String name, String text) {
        if (!text.matches("\\d{4}-\\d{2}")) {
            throw new BadUsageException(name + " " + text + ": not a month, expected YYYY-MM such as 2026-10");
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadUsageException(name + " " + text + ": not a month, expected YYYY-MM (the month is 01 to 12)");
        }
    }

    /**
     * The directory given as {@code name}, required, made absolute, created when missing and checked writable, so
     * a command never does its work only to fail at the last step of writing it down.
     */
    public Path writableDirectory(String name, String what) {
        String text = required(name, what);
        Path directory;
        try {
            directory = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new BadUsageException(name + " " + text + ": not a path (" + e.getReason() + ")");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new BadUsageException(name + " " + directory + ": is a file, not a directory");
        }
        if (!Files.exists(directory)) {
            try {
                Files.createDirectories(directory);
            } catch (Exception e) {
                throw new BadUsageException(name + " " + directory + ": cannot create the directory (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (!Files.isWritable(directory)) {
            throw new BadUsageException(name + " " + directory + ": cannot write into it (permission denied)");
        }
        return directory;
    }

    /** What to give Spring: {@code --peel.data-dir=...} from {@code --data-dir}, and any options passed on. */
    public List<String> springArguments() {
        return List.copyOf(spring);
    }

    /** Says on standard error why {@code command} cannot run as typed, with its usage; returns {@link #BAD_USAGE}. */
    public static int refuse(String command, BadUsageException problem, String usage) {
        System.err.println("peel " + command + ": " + problem.getMessage() + "\n" + usage);
        return BAD_USAGE;
    }
}
