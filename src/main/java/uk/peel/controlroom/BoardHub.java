package uk.peel.controlroom;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.incident.Incident;
import uk.peel.incident.IncidentAlertRaised;
import uk.peel.incident.IncidentChanged;
import uk.peel.incident.IncidentId;
import uk.peel.incident.Incidents;
import uk.peel.resource.Resources;
import uk.peel.resource.Unit;
import uk.peel.resource.UnitChanged;

/**
 * Pushes every committed change of an incident, unit or alert to every open board over server-sent events.
 *
 * <p>A change is pushed only after its transaction commits (a board never shows what was rolled back): the
 * committing thread queues it for one publisher thread, which reads the row as it now is and puts it into each
 * board's own queue; each board has a virtual thread writing its queue to the
 * network, so a slow or stalled browser delays only itself, never the dispatcher who made the change. A board
 * whose queue overflows is disconnected: its browser reconnects and reloads the whole board, which is cheaper
 * and safer than letting it fall ever further behind. Pushes are not stored: a board that (re)connects starts from
 * the current state, so nothing is lost that a durable queue would keep.
 */
@Component
public class BoardHub {

    private static final Logger log = LoggerFactory.getLogger(BoardHub.class);
    private static final int QUEUE = 2_000;
    /** Changes committed but not yet pushed: far more than a busy control room makes in a minute. */
    private static final int CHANGES = 50_000;
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Set<Connection> connections = new CopyOnWriteArraySet<>();
    private final Incidents incidents;
    private final Resources resources;
    private final BoardRows rows;
    private final JsonMapper json;
    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>(CHANGES);
    private final Thread publisher;
    private volatile boolean stopped;

    BoardHub(Incidents incidents, Resources resources, BoardRows rows, JsonMapper json) {
        this.incidents = incidents;
        this.resources = resources;
        this.rows = rows;
        this.json = json;
        this.publisher = Thread.ofPlatform().name("board-publisher").daemon().start(this::publish);
    }

    /** Opens a board's stream. Alerts go only to boards of users in the alert's role. */
    public SseEmitter connect(Set<String> roles) {
        SseEmitter emitter = new SseEmitter(0L);
        Connection connection = new Connection(emitter, roles);
        connections.add(connection);
        emitter.onCompletion(() -> connection.close());
        emitter.onTimeout(() -> connection.close());
        emitter.onError(error -> connection.close());
        // Sent here, before the emitter is returned, so Spring MVC writes it (and with it the response headers) on
        // the request thread. Were the first write the drain thread's, it would commit the response while the request
        // thread is still adding headers on its way out through the filters: Tomcat's header array is not thread-safe,
        // and the load benchmark saw it corrupted (a NullPointerException in MimeHeaders) and a board left dead.
        try {
            emitter.send(SseEmitter.event().name("hello").data("{\"type\":\"hello\"}", MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            connection.close();
            return emitter;
        }
        Thread.ofVirtual().name("board-" + connection.hashCode()).start(connection::drain);
        return emitter;
    }

    public int boards() {
        return connections.size();
    }

    @EventListener
    void on(IncidentChanged changed) {
        afterCommit(new Change.OfIncident(changed.incidentId(), changed.at()));
    }

    @EventListener
    void on(UnitChanged changed) {
        afterCommit(new Change.OfUnit(changed.callSign(), changed.at()));
    }

    @EventListener
    void on(IncidentAlertRaised raised) {
        afterCommit(new Change.OfAlert(raised));
    }

    @Scheduled(fixedDelay = 15, timeUnit = TimeUnit.SECONDS)
    void heartbeat() {
        // Keeps proxies from closing an idle stream, and finds boards whose browser has gone.
        for (Connection connection : connections) {
            connection.offer(new Push("heartbeat", "{\"type\":\"heartbeat\",\"at\":\"" + Instant.now() + "\"}", null));
        }
    }

    private void broadcast(String name, BoardRow row, String role) {
        String text;
        try {
            text = json.writeValueAsString(row);
        } catch (RuntimeException e) {
            log.error("Could not write a board row", e);
            return;
        }
        Push push = new Push(name, text, role);
        for (Connection connection : connections) {
            connection.offer(push);
        }
    }

    /**
     * Queues a change for the publisher once its transaction has committed. The committing request does not wait for
     * the rows to be read back and serialised: the control-room benchmark found that read-back on the request thread
     * was a fifth of the database time of creating an incident.
     */
    private void afterCommit(Change change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueue(change);
                }
            });
        } else {
            enqueue(change);
        }
    }

    private void enqueue(Change change) {
        if (!changes.offer(change)) {
            // The database has stopped answering the publisher for a long while. Boards cannot be kept right by
            // dropping changes, so close them all: each browser reconnects and loads the whole board afresh.
            log.warn("{} board changes waiting; closing every board so each reloads", CHANGES);
            for (Connection connection : connections) {
                connection.close();
                connection.emitter.complete();
            }
        }
    }

    /**
     * One thread, so changes reach the boards in the order they committed. It takes every change waiting and reads
     * each incident and unit concerned once for the lot: a board is pushed one event per change (as it always was),
     * each carrying the row as it is now.
     */
    private void publish() {
        List<Change> batch = new ArrayList<>();
        while (!stopped) {
            try {
                Change first = changes.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                changes.drainTo(batch, 500);
                publish(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void publish(List<Change> batch) {
        Map<IncidentId, Incident> incidentsNow;
        Map<String, Unit> unitsNow;
        try {
            // Two queries for the whole batch, not two transactions per change: read one at a time, a busy day's
            // changes kept the publisher's single thread waiting on the database and the boards fell behind.
            unitsNow = resources.findAll(batch.stream().filter(Change.OfUnit.class::isInstance)
                    .map(c -> ((Change.OfUnit) c).callSign()).collect(Collectors.toSet()));
            Set<IncidentId> incidentIds = new HashSet<>();
            batch.stream().filter(Change.OfIncident.class::isInstance).map(c -> ((Change.OfIncident) c).id()).forEach(incidentIds::add);
            unitsNow.values().stream().filter(unit -> unit.incidentId() != null)
                    .map(unit -> new IncidentId(unit.incidentId())).forEach(incidentIds::add);
            incidentsNow = incidents.findAll(incidentIds);
        } catch (RuntimeException e) {
            log.warn("Could not read {} changes back for the boards: {}", batch.size(), e.toString());
            return;
        }
        for (Change change : batch) {
            try {
                switch (change) {
                    case Change.OfIncident c -> {
                        Incident incident = incidentsNow.get(c.id());
                        if (incident != null) {
                            broadcast("incident", rows.of(incident, c.at()), null);
                        }
                    }
                    case Change.OfUnit c -> {
                        Unit unit = unitsNow.get(c.callSign());
                        if (unit != null) {
                            Incident at = unit.incidentId() == null ? null : incidentsNow.get(new IncidentId(unit.incidentId()));
                            broadcast("unit", rows.of(unit, at == null ? null : at.reference(), c.at()), null);
                        }
                    }
                    case Change.OfAlert c -> broadcast("alert", rows.of(c.raised().alert()), c.raised().alert().role().name());
                }
            } catch (RuntimeException e) {
                log.warn("Could not push a change to the boards: {}", e.toString());
            }
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        publisher.interrupt();
    }

    /** A committed change that the boards are to be told of. */
    private sealed interface Change {
        record OfIncident(IncidentId id, Instant at) implements Change {
        }

        record OfUnit(String callSign, Instant at) implements Change {
        }

        record OfAlert(IncidentAlertRaised raised) implements Change {
        }
    }

    private record Push(String name, String json, String role) {
    }

    private final class Connection {
        private final SseEmitter emitter;
        private final Set<String> roles;
        private final BlockingQueue<Push> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile boolean open = true;

        Connection(SseEmitter emitter, Set<String> roles) {
            this.emitter = emitter;
            this.roles = Set.copyOf(roles);
        }

        void offer(Push push) {
            if (!open || (push.role() != null && !roles.contains(push.role()))) {
                return;
            }
            if (!queue.offer(push)) {
                log.warn("A board fell {} changes behind; disconnecting it so it reloads", QUEUE);
                close();
                emitter.complete();
            }
        }

        void drain() {
            try {
                while (open) {
                    Push push = queue.poll(HEARTBEAT.toSeconds() * 2, TimeUnit.SECONDS);
                    if (push != null) {
                        emitter.send(SseEmitter.event().name(push.name()).data(push.json(), MediaType.APPLICATION_JSON));
                    }
                }
            } catch (IOException | IllegalStateException e) {
                close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
            }
        }

        void close() {
            open = false;
            connections.remove(this);
        }
    }
}
