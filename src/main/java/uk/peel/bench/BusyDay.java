package uk.peel.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A compressed busy day for the control-room benchmark: incidents opened from calls, units assigned, en route,
 * reporting positions, at scene, clear, and incidents closed, as one schedule of steps per client.
 *
 * <p>Each client is a dispatcher with its own units (so no two clients ever send the same unit and no step waits
 * on another client), working several incidents at once: a new call arrives whenever fewer than
 * {@code inFlight} of its incidents are open and a unit is free, otherwise the next step of one of its open
 * incidents, chosen at random, is taken. A client replays its steps in order, so an incident's steps always
 * follow its creation and a unit is only sent again once its last incident is closed.
 */
final class BusyDay {

    /** What a step does, and which endpoint does it. */
    enum Kind {
        CREATE, ASSIGN, EN_ROUTE, POSITION, AT_SCENE, CLEAR, CLOSE
    }

    /**
     * One request. {@code incident} numbers the day's incidents from 0 (the id is known only once it is created);
     * {@code unit} is a call sign, or null for CREATE and CLOSE.
     */
    record Step(Kind kind, int incident, String unit) {
    }

    /** How the day is drawn. Grades are "1" to "4"; grade 4 is resolved without sending anyone. */
    record Shape(int incidents, int units, int clients, int inFlight, int positionsEnRoute, int positionsAtScene,
                 double secondUnitForGradeOne, double closedAtScene, long seed) {

        Shape {
            if (incidents < 1 || clients < 1 || units < clients || inFlight < 1) {
                throw new IllegalArgumentException("a day needs incidents, at least one unit per client and one incident in flight");
            }
        }

        /** The busy day: 2,000 incidents and about 20,000 status updates. */
        static Shape of(int incidents, int units, int clients, long seed) {
            return new Shape(incidents, units, clients, 4, 3, 2, 0.5, 0.2, seed);
        }
    }

    /** An incident as drawn: its grade, where it is, whether the caller gave details, and what it closes as. */
    record Call(int number, String grade, int category, int closingCategory, String postcode, double latitude,
                double longitude, boolean callerDetails) {
    }

    /** The day: each incident's call, and each client's steps in the order it sends them. */
    record Day(List<Call> calls, List<List<Step>> clients) {

        long steps() {
            return clients.stream().mapToLong(List::size).sum();
        }

        long updates() {
            return steps() - calls.size();
        }

        long count(Kind kind) {
            return clients.stream().flatMap(List::stream).filter(step -> step.kind() == kind).count();
        }
    }

    /** Real Trafford postcodes, for the calls given by postcode rather than coordinates. */
    static final List<String> POSTCODES = List.of("M15 4AB", "M21 9TA", "M32 0XJ", "M33 2YU", "M33 7JR", "M41 9NB",
            "WA14 5BJ", "WA15 7WA");

    private BusyDay() {
    }

    /** Call signs of the day's units: {@code BD001}, {@code BD002}... ("bench day"), never a demo unit's. */
    static List<String> callSigns(int units) {
        List<String> signs = new ArrayList<>(units);
        for (int i = 1; i <= units; i++) {
            signs.add("BD%03d".formatted(i));
        }
        return signs;
    }

    /** The incidents are numbered from {@code firstIncident}, so several days can share one server's units. */
    static Day draw(Shape shape, int categories, int firstIncident) {
        if (categories < 1) {
            throw new IllegalArgumentException("no incident categories to choose from");
        }
        SplittableRandom random = new SplittableRandom(shape.seed());
        List<String> signs = callSigns(shape.units());
        List<Call> calls = new ArrayList<>(shape.incidents());
        List<List<Step>> clients = new ArrayList<>(shape.clients());
        int perClient = shape.incidents() / shape.clients();
        int extra = shape.incidents() % shape.clients();
        int next = firstIncident;
        for (int c = 0; c < shape.clients(); c++) {
            int from = c * shape.units() / shape.clients();
            int to = (c + 1) * shape.units() / shape.clients();
            Deque<String> free = new ArrayDeque<>(signs.subList(from, to));
            int mine = perClient + (c < extra ? 1 : 0);
            List<Call> drawn = new ArrayList<>(mine);
            for (int i = 0; i < mine; i++) {
                Call call = call(next++, categories, random);
                drawn.add(call);
                calls.add(call);
            }
            clients.add(interleave(shape, drawn, free, random));
        }
        return new Day(List.copyOf(calls), List.copyOf(clients));
    }

    private static Call call(int number, int categories, SplittableRandom random) {
        int g = random.nextInt(100);
        String grade = g < 20 ? "1" : g < 60 ? "2" : g < 92 ? "3" : "4";
        boolean byPostcode = random.nextInt(10) < 3;
        // Greater Manchester's built-up area, roughly.
        double latitude = 53.38 + random.nextDouble() * 0.18;
        double longitude = -2.45 + random.nextDouble() * 0.40;
        return new Call(number, grade, random.nextInt(categories), random.nextInt(categories),
                byPostcode ? POSTCODES.get(random.nextInt(POSTCODES.size())) : null, latitude, longitude,
                random.nextInt(10) < 8);
    }

    /** One client's steps: its calls worked {@code inFlight} at a time with its own units. */
    private static List<Step> interleave(Shape shape, List<Call> calls, Deque<String> free, SplittableRandom random) {
        List<Step> steps = new ArrayList<>();
        List<Deque<Step>> open = new ArrayList<>();
        List<List<String>> held = new ArrayList<>();
        int taken = 0;
        while (taken < calls.size() || !open.isEmpty()) {
            boolean canOpen = taken < calls.size() && open.size() < shape.inFlight() && !free.isEmpty();
            if (canOpen) {
                Call call = calls.get(taken++);
                List<String> units = units(shape, call, free, random);
                Deque<Step> script = script(shape, call, units, random);
                steps.add(script.removeFirst());
                open.add(script);
                held.add(units);
                continue;
            }
            int pick = random.nextInt(open.size());
            steps.add(open.get(pick).removeFirst());
            if (open.get(pick).isEmpty()) {
                open.remove(pick);
                free.addAll(held.remove(pick));
            }
        }
        return steps;
    }

    private static List<String> units(Shape shape, Call call, Deque<String> free, SplittableRandom random) {
        if (call.grade().equals("4")) {
            return List.of();
        }
        List<String> units = new ArrayList<>(2);
        units.add(free.removeFirst());
        if (call.grade().equals("1") && !free.isEmpty() && random.nextDouble() < shape.secondUnitForGradeOne()) {
            units.add(free.removeFirst());
        }
        return units;
    }

    /** An incident's steps in order: open, each unit's journey to the scene, clear (mostly), close. */
    private static Deque<Step> script(Shape shape, Call call, List<String> units, SplittableRandom random) {
        Deque<Step> script = new ArrayDeque<>();
        int n = call.number();
        script.add(new Step(Kind.CREATE, n, null));
        for (String unit : units) {
            script.add(new Step(Kind.ASSIGN, n, unit));
            script.add(new Step(Kind.EN_ROUTE, n, unit));
            for (int p = 0; p < shape.positionsEnRoute(); p++) {
                script.add(new Step(Kind.POSITION, n, unit));
            }
            script.add(new Step(Kind.AT_SCENE, n, unit));
            for (int p = 0; p < shape.positionsAtScene(); p++) {
                script.add(new Step(Kind.POSITION, n, unit));
            }
        }
        // Sometimes the incident is closed with its units still at scene: closing frees them.
        if (random.nextDouble() >= shape.closedAtScene()) {
            units.forEach(unit -> script.add(new Step(Kind.CLEAR, n, unit)));
        }
        script.add(new Step(Kind.CLOSE, n, null));
        return script;
    }
}
