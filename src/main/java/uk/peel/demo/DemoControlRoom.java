package uk.peel.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.peel.dispatch.Dispatch;
import uk.peel.dispatch.DispatchAdvisor;
import uk.peel.dispatch.Recommendation;
import uk.peel.incident.CallReport;
import uk.peel.incident.Caller;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.incident.LocationWarning;
import uk.peel.incident.LocationWarnings;
import uk.peel.incident.SafeguardingFlag;
import uk.peel.incident.Thrive;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.database.EmbeddedDatabase;
import uk.peel.resource.Resources;
import uk.peel.resource.Unit;
import uk.peel.resource.UnitRegistration;
import uk.peel.resource.UnitStatus;
import uk.peel.resource.UnitType;

/**
 * A Greater Manchester shift for the demo: units across the force area and incidents at real published burglary
 * and stop-and-search locations (the incidents themselves are invented). On the embedded default only, when the
 * board is empty. While Peel runs, a small simulator keeps it living: new calls arrive, the control room sends the
 * recommended unit, units travel, arrive, clear, and incidents close (`peel.demo.live`, on by default).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "peel.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoControlRoom implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoControlRoom.class);
    private static final String CONTROLLER = "demo-control-room";
    /** District prefixes of GMP call signs, as the force's ten boroughs. */
    private static final List<String> DISTRICTS = List.of("MC", "TD", "SD", "SK", "BN", "WN", "OM", "RE", "BY", "TE");
    /** Opening categories and grades in rough proportion to a response shift's demand. */
    private static final List<String[]> DEMAND = List.of(
            new String[]{"PS_CONCERN_FOR_SAFETY", "2"}, new String[]{"PS_CONCERN_FOR_SAFETY", "1"},
            new String[]{"PS_DOMESTIC", "1"}, new String[]{"PS_DOMESTIC", "2"}, new String[]{"ASB_NUISANCE", "3"},
            new String[]{"ASB_PERSONAL", "2"}, new String[]{"CRIME_BURGLARY", "2"}, new String[]{"CRIME_BURGLARY", "1"},
            new String[]{"CRIME_THEFT", "3"}, new String[]{"CRIME_VIOLENCE", "1"}, new String[]{"CRIME_DAMAGE", "3"},
            new String[]{"PS_SUSPICIOUS", "2"}, new String[]{"TR_COLLISION_INJURY", "1"}, new String[]{"TR_COLLISION_DAMAGE", "3"},
            new String[]{"PS_MISSING_PERSON", "2"}, new String[]{"PS_MENTAL_HEALTH", "2"}, new String[]{"PS_ALARM", "2"},
            new String[]{"CRIME_WEAPONS", "1"}, new String[]{"PS_CIVIL_DISPUTE", "4"}, new String[]{"PS_ABANDONED_CALL", "2"});

    private final Incidents incidents;
    private final Resources resources;
    private final Dispatch dispatch;
    private final DispatchAdvisor advisor;
    private final LocationWarnings warnings;
    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final boolean live;
    private final Random random = new Random(20261124);
    private final List<double[]> places;
    private volatile boolean loaded;

    DemoControlRoom(Incidents incidents, Resources resources, Dispatch dispatch, DispatchAdvisor advisor,
                    LocationWarnings warnings, ObjectProvider<EmbeddedDatabase> embedded, @Value("${peel.demo.live:true}") boolean live) {
        this.incidents = incidents;
        this.resources = resources;
        this.dispatch = dispatch;
        this.advisor = advisor;
        this.warnings = warnings;
        this.embedded = embedded;
        this.live = live;
        this.places = readPlaces();
    }

    private static List<double[]> readPlaces() {
        List<double[]> places = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/gmp-locations.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                places.add(new double[]{Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo locations", e);
        }
        return places;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (embedded.getIfAvailable() == null) {
            return;
        }
        loaded = true;
        if (!resources.all().isEmpty()) {
            return;
        }
        CurrentUser.actingAs(CONTROLLER, () -> {
            load();
            return null;
        });
    }

    private void load() {
        log.info("First start of the embedded database: loading a demo control room shift");
        int number = 0;
        for (String district : DISTRICTS) {
            for (int i = 1; i <= 4; i++) {
                UnitType type = i == 4 ? List.of(UnitType.NEIGHBOURHOOD, UnitType.ROADS_POLICING, UnitType.DOG,
                        UnitType.ARMED_RESPONSE, UnitType.CID).get(number++ % 5) : UnitType.RESPONSE;
                String callSign = district + (type == UnitType.RESPONSE ? "1" + i : "2" + i);
                resources.register(new UnitRegistration(callSign, type, type == UnitType.RESPONSE ? Set.of("Taser") : Set.of(),
                        List.of("PC " + (1000 + random.nextInt(8999)), "PC " + (1000 + random.nextInt(8999))), null, null));
                double[] at = place();
                resources.reportPosition(callSign, at[0], at[1], null);
            }
        }
        warnings.record(new IncidentLocation("M16 0RA", null, null, null), LocationWarning.Type.DANGEROUS_DOG,
                "Demo: two Staffordshire bull terriers, not friendly to strangers");
        warnings.record(new IncidentLocation("M32 0XR", null, null, null), LocationWarning.Type.VIOLENCE_TO_POLICE,
                "Demo: occupant assaulted officers in 2025");
        warnings.record(new IncidentLocation("WA15 6LA", null, null, null), LocationWarning.Type.FIREARMS,
                "Demo: shotgun certificate holder");
        for (int i = 0; i < 18; i++) {
            Incident incident = newCall();
            if (i % 3 != 0) {
                sendRecommended(incident);
            }
        }
    }

    /** Every 20 seconds: perhaps a new call, and each committed unit one step further through its work. */
    @Scheduled(fixedDelay = 20_000, initialDelay = 20_000)
    void shift() {
        if (!loaded || !live) {
            return;
        }
        try {
            CurrentUser.actingAs(CONTROLLER, () -> {
                step();
                return null;
            });
        } catch (RuntimeException e) {
            log.debug("Demo shift step skipped: {}", e.toString());
        }
    }

    private void step() {
        if (random.nextInt(3) > 0 || incidents.open().size() < 10) {
            sendRecommended(newCall());
        }
        for (Unit unit : resources.all()) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            switch (unit.status()) {
                case ASSIGNED -> dispatch.status(unit.callSign(), UnitStatus.EN_ROUTE, null);
                case EN_ROUTE -> dispatch.status(unit.callSign(), UnitStatus.AT_SCENE, null);
                case AT_SCENE -> {
                    Incident incident = incidents.find(new uk.peel.incident.IncidentId(unit.incidentId()));
                    dispatch.status(unit.callSign(), UnitStatus.AVAILABLE, null);
                    if (incident.activeUnits().size() <= 1) {
                        dispatch.close(incident.id(), new Incidents.ClosureRequest(incident.openingCategory(), List.of(),
                                "Attended and dealt with (demo)"));
                    }
                }
                default -> {
                }
            }
        }
        for (Incident waiting : incidents.open()) {
            if (waiting.activeUnits().isEmpty() && random.nextInt(2) == 0) {
                sendRecommended(waiting);
            }
        }
    }

    private Incident newCall() {
        String[] demand = DEMAND.get(random.nextInt(DEMAND.size()));
        double[] at = place();
        Set<SafeguardingFlag> flags = demand[0].equals("PS_DOMESTIC") ? Set.of(SafeguardingFlag.DOMESTIC_ABUSE)
                : demand[0].equals("PS_MENTAL_HEALTH") ? Set.of(SafeguardingFlag.MENTAL_HEALTH) : Set.of();
        return incidents.open(new CallReport(null, new Caller("Demo caller", null, "third party"),
                new IncidentLocation(null, null, at[0], at[1]), demand[0], demand[1],
                new Thrive("Invented for the demo", null, null, null, null, null), flags,
                "Demo call: invented incident at a real published location.", null));
    }

    private void sendRecommended(Incident incident) {
        List<Recommendation> recommended = advisor.recommend(incident.id(), 1);
        if (!recommended.isEmpty() && recommended.getFirst().eta() != null) {
            dispatch.assign(incident.id(), recommended.getFirst().unit().callSign());
        }
    }

    private double[] place() {
        return places.get(random.nextInt(places.size()));
    }
}
